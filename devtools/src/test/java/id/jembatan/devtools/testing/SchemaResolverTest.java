package id.jembatan.devtools.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaResolverTest {

    static final String DOCUMENT = """
            {"components": {"schemas": {
              "Problem": {"type": "object", "required": ["type"], "properties": {"type": {"type": "string"}}},
              "Busy": {"allOf": [{"$ref": "#/components/schemas/Problem"},
                                 {"required": ["retryAfter"], "properties": {"retryAfter": {"type": "integer"}}}]},
              "Alias": {"$ref": "#/components/schemas/Busy"}}}}""";

    private final SchemaResolver schemas = new SchemaResolver(parse(DOCUMENT));

    static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void followsReferencesAndMergesAllOf() {
        JsonNode busy = schemas.resolve(parse("{\"$ref\": \"#/components/schemas/Alias\"}"));
        assertTrue(busy.path("properties").has("type"));
        assertTrue(busy.path("properties").has("retryAfter"));
        assertEquals("[\"type\",\"retryAfter\"]", busy.path("required").toString());
        assertEquals("object", SchemaResolver.type(busy));
    }

    @Test
    void derefStopsAtTheTargetAndTypesAreInferred() {
        assertEquals("object", schemas.deref(parse("{\"$ref\": \"#/components/schemas/Problem\"}")).path("type").asText());
        assertEquals("array", SchemaResolver.type(parse("{\"items\": {}}")));
        assertEquals("string", SchemaResolver.type(parse("{\"enum\": [\"A\"]}")));
        assertNull(SchemaResolver.type(parse("{}")));
        assertTrue(schemas.resolve(null).isEmpty());
    }
}
