package id.jembatan.devtools.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Plausible valid values for a schema: a value the test named, the schema's example, its first enum value, a string
 * matching its pattern, or a default for its type; objects with their required properties filled in.
 */
final class ValueSampler {

    /** How deep bodies are sampled and walked: deeper structures are left at their defaults. */
    static final int MAX_DEPTH = 6;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SchemaResolver schemas;
    private final Map<String, String> knownValues;

    ValueSampler(SchemaResolver schemas, Map<String, String> knownValues) {
        this.schemas = schemas;
        this.knownValues = knownValues;
    }

    /** A plausible valid value: a known value, the example, the first enum value or a default for the type. */
    JsonNode sample(JsonNode schema, String name, int depth) {
        JsonNode s = schemas.resolve(schema);
        String type = SchemaResolver.type(s);
        boolean container = "object".equals(type) || "array".equals(type);
        String known = name == null ? null : known("body", name);
        if (known != null && !container) {
            return scalar(known, type);
        }
        if (s.has("enum") && !s.get("enum").isEmpty()) {
            return s.get("enum").get(0).deepCopy();
        }
        if (s.has("example") && !container && !s.get("example").isContainerNode()) {
            return scalar(s.get("example").asText(), type);
        }
        switch (type == null ? "" : type) {
            case "string": {
                String format = s.path("format").asText("");
                if (format.equals("date")) {
                    return TextNode.valueOf("2026-01-01");
                }
                if (format.equals("date-time")) {
                    return TextNode.valueOf("2026-01-01T00:00:00Z");
                }
                if (format.equals("uuid")) {
                    return TextNode.valueOf("00000000-0000-4000-8000-000000000000");
                }
                String text = s.has("pattern") ? RegexSampler.of(s.get("pattern").asText()) : null;
                if (text == null) {
                    text = "fuzz";
                }
                int min = s.path("minLength").asInt(0);
                return TextNode.valueOf(text.length() >= min ? text : text + "z".repeat(min - text.length()));
            }
            case "integer":
            case "number": {
                BigDecimal value = s.has("minimum") ? s.get("minimum").decimalValue().max(BigDecimal.ONE) : BigDecimal.ONE;
                if (s.has("maximum") && value.compareTo(s.get("maximum").decimalValue()) > 0) {
                    value = s.get("maximum").decimalValue();
                }
                return "integer".equals(type) ? IntNode.valueOf(value.intValue()) : DecimalNode.valueOf(value);
            }
            case "boolean":
                return BooleanNode.TRUE;
            case "array": {
                ArrayNode array = NODES.arrayNode();
                if (s.path("minItems").asInt(0) > 0 && depth < MAX_DEPTH) {
                    array.add(sample(s.path("items"), null, depth + 1));
                }
                return array;
            }
            case "object": {
                ObjectNode object = NODES.objectNode();
                if (depth < MAX_DEPTH) {
                    for (JsonNode required : s.path("required")) {
                        String property = required.asText();
                        object.set(property, sample(s.path("properties").path(property), property, depth + 1));
                    }
                }
                return object;
            }
            default:
                return TextNode.valueOf("fuzz");
        }
    }

    String known(String in, String name) {
        String value = knownValues.get(in + ":" + name);
        return value != null ? value : knownValues.get(name);
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The known request body is not JSON: " + JsonBytes.printable(json, 200), e);
        }
    }

    static JsonNode scalar(String value, String type) {
        if ("integer".equals(type) || "number".equals(type)) {
            try {
                return DecimalNode.valueOf(new BigDecimal(value));
            } catch (NumberFormatException e) {
                return TextNode.valueOf(value);
            }
        }
        if ("boolean".equals(type)) {
            return BooleanNode.valueOf(Boolean.parseBoolean(value));
        }
        return TextNode.valueOf(value);
    }
}
