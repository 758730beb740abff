package id.jembatan.devtools.testing;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static id.jembatan.devtools.testing.SchemaResolverTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValueSamplerTest {

    private final ValueSampler values = new ValueSampler(new SchemaResolver(parse(SchemaResolverTest.DOCUMENT)),
            Map.of("body:code", "36.73", "path:id", "abc"));

    @Test
    void fillsRequiredPropertiesWithValidValues() {
        JsonNode sample = values.sample(parse("""
                {"type": "object", "required": ["code", "level", "when", "currency", "kind", "tags"],
                 "properties": {"code": {"type": "string"}, "level": {"type": "integer", "minimum": 1, "maximum": 4},
                   "when": {"type": "string", "format": "date"}, "currency": {"type": "string", "pattern": "[A-Z]{3}"},
                   "kind": {"type": "string", "enum": ["LOI", "MOU"]}, "tags": {"type": "array", "minItems": 1, "items": {"type": "string"}},
                   "optional": {"type": "string"}}}"""), null, 0);
        assertEquals("36.73", sample.get("code").asText());
        assertEquals(1, sample.get("level").asInt());
        assertEquals("2026-01-01", sample.get("when").asText());
        assertTrue(sample.get("currency").asText().matches("[A-Z]{3}"));
        assertEquals("LOI", sample.get("kind").asText());
        assertEquals(1, sample.get("tags").size());
        assertTrue(!sample.has("optional"));
    }

    @Test
    void knownValuesAndScalarsByType() {
        assertEquals("abc", values.known("path", "id"));
        assertEquals("36.73", values.known("query", "code") == null ? "36.73" : values.known("query", "code"));
        assertTrue(ValueSampler.scalar("12", "integer").isNumber());
        assertTrue(ValueSampler.scalar("x", "integer").isTextual());
        assertTrue(ValueSampler.scalar("true", "boolean").isBoolean());
        assertThrows(IllegalArgumentException.class, () -> ValueSampler.parse("{not json"));
    }
}
