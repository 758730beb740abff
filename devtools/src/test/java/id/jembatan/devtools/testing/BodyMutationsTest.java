package id.jembatan.devtools.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static id.jembatan.devtools.testing.SchemaResolverTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BodyMutationsTest {

    private static final JsonNode SCHEMA = parse("""
            {"type": "object", "required": ["title"], "properties": {
              "title": {"type": "string"},
              "costs": {"type": "array", "items": {"type": "object", "properties": {"year": {"type": "integer"}}}},
              "clauses": {"type": "object", "additionalProperties": {"type": "object", "properties": {"present": {"type": "boolean"}}}}}}""");

    private final SchemaResolver schemas = new SchemaResolver(parse("{}"));
    private final BodyMutations body = new BodyMutations(schemas, new ValueSampler(schemas, Map.of()), new JsonBytes());

    private List<BodyMutations.Slot> slots() {
        List<BodyMutations.Slot> slots = new ArrayList<>();
        body.walk(SCHEMA, List.of(), "body", 0, false, slots);
        return slots;
    }

    @Test
    void walksNestedObjectsArrayItemsAndMapValues() {
        List<String> labels = slots().stream().map(BodyMutations.Slot::label).toList();
        assertEquals(List.of("body", "body.title", "body.costs", "body.costs[0]", "body.costs[0].year", "body.clauses",
                "body.clauses{x}", "body.clauses{x}.present"), labels);
        assertTrue(slots().get(1).required());
    }

    @Test
    void mutationsFitTheSlotsType() {
        BodyMutations.Slot title = slots().get(1);
        List<String> labels = body.mutations(title, new Random(1)).stream().map(BodyMutations.Mutation::label).toList();
        assertTrue(labels.contains("missing (required)"));
        assertTrue(labels.contains("100k characters"));
        assertFalse(labels.contains("wrong type: string"));
        List<String> year = body.mutations(slots().get(4), new Random(1)).stream().map(BodyMutations.Mutation::label).toList();
        assertTrue(year.contains("fraction") && year.contains("Long.MAX_VALUE + 1") && !year.contains("missing (required)"));
    }

    @Test
    void appliesOneChangeToTheBaseline() {
        JsonNode baseline = parse("{\"title\": \"t\", \"costs\": [{\"year\": 0}]}");
        assertEquals("{\"title\":\"t\",\"costs\":[{\"year\":\"x\"}]}",
                body.apply(baseline, SCHEMA, List.of("costs", "[]", "year"), TextNode.valueOf("x")).toString());
        assertEquals("{\"costs\":[{\"year\":0}]}", body.apply(baseline, SCHEMA, List.of("title"), MissingNode.getInstance()).toString());
        assertEquals("{\"title\":\"t\",\"costs\":[{\"year\":0}],\"clauses\":{\"x\":{\"present\":\"y\"}}}",
                body.apply(baseline, SCHEMA, List.of("clauses", "{}", "present"), TextNode.valueOf("y")).toString());
        assertEquals("{\"title\":\"t\",\"costs\":[{\"year\":0}]}", baseline.toString());
    }

    @Test
    void badEnumValuesAreNearMisses() {
        assertTrue(BodyMutations.badEnums(parse("{\"enum\": [\"SISTER_CITY\"]}")).containsAll(List.of("sister_city", "SISTER-CITY", " SISTER_CITY ")));
    }
}
