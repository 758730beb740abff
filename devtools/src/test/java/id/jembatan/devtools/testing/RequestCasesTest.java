package id.jembatan.devtools.testing;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static id.jembatan.devtools.testing.SchemaResolverTest.parse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestCasesTest {

    private final SchemaResolver schemas = new SchemaResolver(parse("{}"));
    private final ValueSampler values = new ValueSampler(schemas, Map.of());
    private final JsonBytes json = new JsonBytes();
    private final RequestCases cases = new RequestCases(schemas, values, json);

    private FuzzOperation operation(String node) {
        return new FuzzOperation("/things/{id}", parse("{}"), "put", parse(node), schemas, values, json, Map.of());
    }

    @Test
    void requestCasesCoverHeadersMediaTypesAndMalformedJson() {
        FuzzOperation op = operation("""
                {"operationId": "updateThing", "security": [{"bearer": []}],
                 "requestBody": {"content": {"application/json": {"schema": {"type": "object", "required": ["name"],
                   "properties": {"name": {"type": "string"}}}}}}}""");
        List<FuzzOperation.Draft> out = new ArrayList<>();
        cases.requestCases(op, op.baseline(), new Random(1), out);
        List<String> labels = out.stream().map(d -> d.mutation).toList();
        for (String expected : List.of("Accept-Language: garbage", "Authorization: alg none", "content type text/plain",
                "empty body", "invalid UTF-8 bytes", "overlong UTF-8 in a string", "URL over 4 KiB", "headers over 20 KiB", "baseline followed by garbage", "duplicate key name")) {
            assertTrue(labels.contains(expected), expected + " in " + labels);
        }
    }

    @Test
    void parameterCasesFitWhereTheParameterGoes() {
        FuzzOperation op = operation("""
                {"parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}},
                  {"name": "If-Match", "in": "header", "schema": {"type": "string"}},
                  {"name": "size", "in": "query", "schema": {"type": "integer"}}]}""");
        List<String> path = cases.parameterCases(op.parameters.get(0), op.baseline(), new Random(1)).stream().map(d -> d.mutation).toList();
        assertTrue(path.contains("path id raw %00") && path.contains("path id = not-a-uuid"), path.toString());
        List<String> header = cases.parameterCases(op.parameters.get(1), op.baseline(), new Random(1)).stream().map(d -> d.mutation).toList();
        assertTrue(header.contains("header If-Match = W/\"0\""), header.toString());
        assertTrue(header.stream().noneMatch(m -> m.contains("raw")));
        List<String> query = cases.parameterCases(op.parameters.get(2), op.baseline(), new Random(1)).stream().map(d -> d.mutation).toList();
        assertTrue(query.contains("query size twice") && query.contains("query size = 1.5"), query.toString());
    }

    @Test
    void textBodiesGetTextCases() {
        FuzzOperation op = operation("""
                {"requestBody": {"content": {"text/csv": {"schema": {"type": "string"}}}}}""");
        List<FuzzOperation.Draft> out = cases.textBodyCases(op, op.baseline(), new Random(1));
        assertTrue(out.stream().allMatch(d -> "text/csv".equals(d.contentType)));
        assertTrue(out.size() > 40);
    }
}
