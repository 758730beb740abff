package id.jembatan.devtools.testing;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static id.jembatan.devtools.testing.SchemaResolverTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Generation over a small document: deterministic, bounded, and every field and parameter gets its cases. */
class ApiFuzzerTest {

    private static final JsonNode DOCUMENT = parse("""
            {"openapi": "3.0.3", "paths": {
              "/things": {"post": {"operationId": "createThing", "security": [{"bearer": []}],
                "parameters": [{"name": "dryRun", "in": "query", "schema": {"type": "boolean"}}],
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/ThingInput"}}}}}},
              "/things/{id}": {"get": {"operationId": "getThing",
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}]}}},
             "components": {"schemas": {"ThingInput": {"type": "object", "required": ["name", "size"], "properties": {
               "name": {"type": "string", "maxLength": 10}, "size": {"type": "integer", "minimum": 1, "maximum": 9},
               "tags": {"type": "array", "items": {"type": "string"}}}}}}}""");

    @Test
    void theSameSeedGivesTheSameRequests() {
        List<ApiFuzzer.Request> first = ApiFuzzer.generate(DOCUMENT, 7, 120);
        List<ApiFuzzer.Request> again = ApiFuzzer.generate(DOCUMENT, 7, 120);
        assertEquals(first.toString(), again.toString());
        assertTrue(!first.toString().equals(ApiFuzzer.generate(DOCUMENT, 8, 120).toString()));
    }

    @Test
    void eachOperationIsBoundedAndStartsFromAValidBaseline() {
        List<ApiFuzzer.Request> requests = ApiFuzzer.generate(DOCUMENT, 7, 120, Map.of("path:id", "00000000-0000-4000-8000-000000000001"));
        assertEquals(120, requests.stream().filter(r -> r.operationId().equals("createThing")).count());
        ApiFuzzer.Request baseline = requests.stream().filter(r -> r.operationId().equals("getThing")).findFirst().orElseThrow();
        assertEquals("/things/00000000-0000-4000-8000-000000000001", baseline.uri());
        ApiFuzzer.Request create = requests.get(0);
        assertEquals("valid baseline", create.mutation());
        JsonNode body = parse(new String(create.body(), StandardCharsets.UTF_8));
        assertTrue(body.get("name").isTextual() && body.get("size").asInt() == 1, body.toString());
        assertTrue(create.secured());
    }

    @Test
    void everyFieldAndParameterIsMutated() {
        List<String> mutations = ApiFuzzer.generate(DOCUMENT, 7, 2_000).stream().map(ApiFuzzer.Request::mutation).toList();
        for (String expected : List.of("body.name: missing (required)", "body.name: maxLength + 1", "body.size: maximum + 1",
                "body.size: fraction", "body.tags: array of null", "body.tags[0]: null", "query dryRun = maybe",
                "path id = not-a-uuid", "baseline followed by garbage", "Accept-Language: garbage")) {
            assertTrue(mutations.contains(expected), expected);
        }
    }

    @Test
    void queryParametersArePercentEncodedUnlessRaw() {
        ApiFuzzer.Request request = new ApiFuzzer.Request("op", "get", "/x", "/x",
                List.of(ApiFuzzer.Param.of("q", "a b&c"), new ApiFuzzer.Param("r", "%00", true), new ApiFuzzer.Param("bare", null, false)),
                Map.of(), null, null, false, "m");
        assertEquals("/x?q=a%20b%26c&r=%00&bare", request.uri());
        assertEquals("GET /x", request.operation());
    }
}
