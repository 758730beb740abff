package id.jembatan.devtools.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads schemas of an OpenAPI 3.0 document the way the fuzzer needs them: {@code $ref} followed, {@code allOf} merged. */
final class SchemaResolver {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final JsonNode document;

    SchemaResolver(JsonNode document) {
        this.document = document;
    }

    JsonNode document() {
        return document;
    }

    JsonNode deref(JsonNode node) {
        JsonNode current = node;
        for (int guard = 0; current.has("$ref") && guard < 20; guard++) {
            current = document.at(current.get("$ref").asText().replaceFirst("^#", ""));
        }
        return current;
    }

    /** The schema with its {@code $ref} followed and its {@code allOf} parts merged in (one level; nested ones on demand). */
    JsonNode resolve(JsonNode schema) {
        ObjectNode out = NODES.objectNode();
        if (schema == null || !schema.isObject()) {
            return out;
        }
        if (schema.has("$ref")) {
            merge(out, resolve(deref(schema)));
        }
        for (JsonNode part : schema.path("allOf")) {
            merge(out, resolve(part));
        }
        ObjectNode own = ((ObjectNode) schema).deepCopy();
        own.remove(List.of("$ref", "allOf"));
        merge(out, own);
        return out;
    }

    private static void merge(ObjectNode into, JsonNode from) {
        from.fields().forEachRemaining(field -> {
            if (field.getKey().equals("properties") && into.path("properties").isObject()) {
                ((ObjectNode) into.get("properties")).setAll((ObjectNode) field.getValue().deepCopy());
            } else if (field.getKey().equals("required") && into.path("required").isArray()) {
                Set<String> names = new LinkedHashSet<>();
                into.get("required").forEach(n -> names.add(n.asText()));
                field.getValue().forEach(n -> names.add(n.asText()));
                ArrayNode merged = NODES.arrayNode();
                names.forEach(merged::add);
                into.set("required", merged);
            } else {
                into.set(field.getKey(), field.getValue().deepCopy());
            }
        });
    }

    static String type(JsonNode s) {
        if (s == null) {
            return null;
        }
        if (s.hasNonNull("type")) {
            return s.get("type").asText();
        }
        if (s.has("properties") || s.has("additionalProperties")) {
            return "object";
        }
        if (s.has("items")) {
            return "array";
        }
        return s.has("enum") ? "string" : null;
    }
}
