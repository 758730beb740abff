package id.jembatan.devtools.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The cases of a JSON body's fields: every field (nested objects, array items and map values included, up to a
 * depth) as a slot, the hostile values that fit its schema, and the valid baseline body with one slot changed.
 */
final class BodyMutations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final SchemaResolver schemas;
    private final ValueSampler values;
    private final JsonBytes json;

    BodyMutations(SchemaResolver schemas, ValueSampler values, JsonBytes json) {
        this.schemas = schemas;
        this.values = values;
        this.json = json;
    }

    record Slot(List<String> steps, String label, JsonNode schema, boolean required) {
    }

    record Mutation(String label, JsonNode value) {
    }

    /** Every field of the body, nested objects, array items and map values included, up to a depth. */
    void walk(JsonNode schema, List<String> steps, String label, int depth, boolean required, List<Slot> out) {
        JsonNode s = schemas.resolve(schema);
        out.add(new Slot(steps, label, s, required));
        if (depth >= ValueSampler.MAX_DEPTH) {
            return;
        }
        String type = SchemaResolver.type(s);
        if ("object".equals(type)) {
            Set<String> requiredNames = new LinkedHashSet<>();
            s.path("required").forEach(r -> requiredNames.add(r.asText()));
            s.path("properties").fields().forEachRemaining(property -> walk(property.getValue(), append(steps, property.getKey()),
                    label + "." + property.getKey(), depth + 1, requiredNames.contains(property.getKey()), out));
            if (s.path("additionalProperties").isObject() && !s.path("additionalProperties").isEmpty()) {
                walk(s.get("additionalProperties"), append(steps, "{}"), label + "{x}", depth + 1, false, out);
            }
        } else if ("array".equals(type) && s.has("items")) {
            walk(s.get("items"), append(steps, "[]"), label + "[0]", depth + 1, false, out);
        }
    }

    List<Mutation> mutations(Slot slot, Random random) {
        JsonNode s = slot.schema;
        String type = SchemaResolver.type(s);
        List<Mutation> out = new ArrayList<>();
        if (slot.required) {
            out.add(new Mutation("missing (required)", MissingNode.getInstance()));
        }
        out.add(new Mutation("null", NullNode.getInstance()));
        if (!"string".equals(type)) {
            out.add(new Mutation("wrong type: string", TextNode.valueOf("fuzz")));
        }
        if (!"integer".equals(type) && !"number".equals(type)) {
            out.add(new Mutation("wrong type: number", IntNode.valueOf(42)));
        }
        if (!"boolean".equals(type)) {
            out.add(new Mutation("wrong type: boolean", BooleanNode.TRUE));
        }
        if (!"object".equals(type)) {
            out.add(new Mutation("wrong type: object", NODES.objectNode().put("a", 1)));
        }
        if (!"array".equals(type)) {
            out.add(new Mutation("wrong type: array", NODES.arrayNode().add("a")));
        }
        switch (type == null ? "" : type) {
            case "string" -> stringMutations(s, random, out);
            case "integer", "number" -> numberMutations(s, type, out);
            case "boolean" -> {
                out.add(new Mutation("boolean as text", TextNode.valueOf("true")));
                out.add(new Mutation("boolean as yes", TextNode.valueOf("yes")));
                out.add(new Mutation("boolean as 1", IntNode.valueOf(1)));
            }
            case "array" -> arrayMutations(s, out);
            case "object" -> objectMutations(s, out);
            default -> {
                // no declared type: the generic wrong types above
            }
        }
        return out;
    }

    private void stringMutations(JsonNode s, Random random, List<Mutation> out) {
        out.add(new Mutation("empty", TextNode.valueOf("")));
        out.add(new Mutation("blank", TextNode.valueOf("   ")));
        out.add(new Mutation("100k characters", TextNode.valueOf("x".repeat(HostileValues.HUGE))));
        out.add(new Mutation("50k emoji", TextNode.valueOf("\uD83D\uDE00".repeat(HostileValues.HUGE / 2))));
        out.add(new Mutation("lone surrogate escape", json.raw("\"\\ud800 lone \\udfff\"")));
        out.add(new Mutation("escaped NUL", json.raw("\"a\\u0000b\"")));
        if (s.has("maxLength")) {
            out.add(new Mutation("maxLength + 1", TextNode.valueOf("y".repeat(s.get("maxLength").asInt() + 1))));
        }
        if (s.has("pattern")) {
            out.add(new Mutation("not matching the pattern", TextNode.valueOf("\t!\u00A7 no match \u00A7!\t")));
        }
        String format = s.path("format").asText("");
        if (format.equals("date") || format.equals("date-time")) {
            for (String date : HostileValues.BAD_DATES) {
                out.add(new Mutation("bad date " + date, TextNode.valueOf(date)));
            }
            out.add(new Mutation("date as number", IntNode.valueOf(20250101)));
        }
        if (format.equals("uuid") || s.path("pattern").asText("").contains("a-fA-F0-9]{8}")) {
            for (String id : HostileValues.BAD_UUIDS) {
                out.add(new Mutation("bad uuid " + id, TextNode.valueOf(id)));
            }
            out.add(new Mutation("uuid of nothing", TextNode.valueOf(HostileValues.uuid(random).toString())));
        }
        if (s.has("enum")) {
            for (String value : badEnums(s)) {
                out.add(new Mutation("bad enum " + JsonBytes.printable(value, 30), TextNode.valueOf(value)));
            }
            out.add(new Mutation("enum by index 0", IntNode.valueOf(0)));
            out.add(new Mutation("enum by index 999", IntNode.valueOf(999)));
        }
        for (String value : HostileValues.INJECTIONS) {
            out.add(new Mutation("injection " + JsonBytes.printable(value, 40), TextNode.valueOf(value)));
        }
        for (String value : HostileValues.UNICODE) {
            out.add(new Mutation("unicode " + JsonBytes.printable(value, 20), TextNode.valueOf(value)));
        }
    }

    private void numberMutations(JsonNode s, String type, List<Mutation> out) {
        out.add(new Mutation("1e308", DoubleNode.valueOf(1e308)));
        out.add(new Mutation("-1e308", DoubleNode.valueOf(-1e308)));
        out.add(new Mutation("-1", IntNode.valueOf(-1)));
        out.add(new Mutation("0", IntNode.valueOf(0)));
        out.add(new Mutation("Integer.MAX_VALUE + 1", LongNode.valueOf(Integer.MAX_VALUE + 1L)));
        out.add(new Mutation("Long.MAX_VALUE", LongNode.valueOf(Long.MAX_VALUE)));
        out.add(new Mutation("Long.MAX_VALUE + 1", BigIntegerNode.valueOf(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE))));
        out.add(new Mutation("Long.MIN_VALUE - 1", BigIntegerNode.valueOf(BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE))));
        out.add(new Mutation("Long.MAX_VALUE + 1 as text", TextNode.valueOf("9223372036854775808")));
        out.add(new Mutation("500 digits", BigIntegerNode.valueOf(new BigInteger("9".repeat(500)))));
        out.add(new Mutation("4.9e-324", DoubleNode.valueOf(Double.MIN_VALUE)));
        out.add(new Mutation("0.001", DecimalNode.valueOf(new BigDecimal("0.001"))));
        out.add(new Mutation("1e-400", json.raw("1e-400")));
        out.add(new Mutation("1e400", json.raw("1e400")));
        out.add(new Mutation("-0.0", json.raw("-0.0")));
        out.add(new Mutation("number as text", TextNode.valueOf("12")));
        out.add(new Mutation("not a number", TextNode.valueOf("abc")));
        out.add(new Mutation("NaN as text", TextNode.valueOf("NaN")));
        out.add(new Mutation("Infinity as text", TextNode.valueOf("Infinity")));
        if ("integer".equals(type)) {
            out.add(new Mutation("fraction", DoubleNode.valueOf(1.5)));
        }
        if (s.has("minimum")) {
            out.add(new Mutation("minimum - 1", DecimalNode.valueOf(s.get("minimum").decimalValue().subtract(BigDecimal.ONE))));
        }
        if (s.has("maximum")) {
            out.add(new Mutation("maximum + 1", DecimalNode.valueOf(s.get("maximum").decimalValue().add(BigDecimal.ONE))));
        }
    }

    private void arrayMutations(JsonNode s, List<Mutation> out) {
        JsonNode item = values.sample(s.path("items"), null, 1);
        out.add(new Mutation("empty array", NODES.arrayNode()));
        out.add(new Mutation("array of null", NODES.arrayNode().addNull()));
        out.add(new Mutation("array of wrong items", NODES.arrayNode().add(7).add(NODES.objectNode()).add(NODES.arrayNode())));
        out.add(new Mutation("duplicate items", NODES.arrayNode().add(item.deepCopy()).add(item.deepCopy())));
        out.add(new Mutation("nested array", NODES.arrayNode().add(NODES.arrayNode().add(item.deepCopy()))));
        int size = Math.max(1, json.bytes(item).length + 1);
        int count = Math.min(10_000, 500_000 / size);
        ArrayNode many = NODES.arrayNode();
        for (int i = 0; i < count; i++) {
            many.add(item.deepCopy());
        }
        out.add(new Mutation(count + " items", many));
        if (s.has("maxItems") && s.get("maxItems").asInt() < 5_000) {
            ArrayNode tooMany = NODES.arrayNode();
            for (int i = 0; i <= s.get("maxItems").asInt(); i++) {
                tooMany.add(item.deepCopy());
            }
            out.add(new Mutation("maxItems + 1", tooMany));
        }
    }

    private void objectMutations(JsonNode s, List<Mutation> out) {
        out.add(new Mutation("empty object", NODES.objectNode()));
        JsonNode sample = values.sample(s, null, 1);
        if (sample instanceof ObjectNode object) {
            ObjectNode unknown = object.deepCopy();
            unknown.put("unexpectedField", "x").put("id", "00000000-0000-0000-0000-000000000000").put("version", 99);
            out.add(new Mutation("unknown fields", unknown));
        }
        JsonNode valueSchema = s.path("additionalProperties");
        if (valueSchema.isObject() && !valueSchema.isEmpty()) {
            JsonNode value = values.sample(valueSchema, null, 1);
            for (String key : List.of("", "NOT_A_KEY", "\u0000", "k".repeat(1000), "' OR 1=1 --", "__proto__")) {
                out.add(new Mutation("map key " + JsonBytes.printable(key, 20), NODES.objectNode().set(key, value.deepCopy())));
            }
            ObjectNode many = NODES.objectNode();
            int max = s.has("maxProperties") ? s.get("maxProperties").asInt() + 1 : 1_000;
            for (int i = 0; i < max; i++) {
                many.set("KEY_" + i, value.deepCopy());
            }
            out.add(new Mutation(max + " map entries", many));
        }
    }

    static List<String> badEnums(JsonNode s) {
        String first = s.path("enum").path(0).asText("X");
        return List.of("NOT_A_VALUE", first.toLowerCase(Locale.ROOT), " " + first + " ", first + "\u0000", first + "_", "", "null",
                first.replace('_', '-'), "\u0130" + first.substring(Math.min(1, first.length())));
    }

    /** The baseline body with the value at the slot replaced; a missing node removes it. */
    JsonNode apply(JsonNode baseline, JsonNode rootSchema, List<String> steps, JsonNode value) {
        if (steps.isEmpty()) {
            return value.isMissingNode() ? TextNode.valueOf("") : value;
        }
        JsonNode root = baseline.deepCopy();
        JsonNode current = root;
        JsonNode schema = schemas.resolve(rootSchema);
        for (int i = 0; i < steps.size(); i++) {
            String step = steps.get(i);
            boolean last = i == steps.size() - 1;
            if (step.equals("[]")) {
                ArrayNode array = (ArrayNode) current;
                JsonNode itemSchema = schemas.resolve(schema.path("items"));
                if (last) {
                    array.removeAll();
                    if (!value.isMissingNode()) {
                        array.add(value);
                    }
                    return root;
                }
                if (array.isEmpty() || !array.get(0).isContainerNode()) {
                    JsonNode item = values.sample(itemSchema, null, i + 1);
                    array.removeAll();
                    array.add(item.isContainerNode() ? item : NODES.objectNode());
                }
                current = array.get(0);
                schema = itemSchema;
            } else {
                ObjectNode object = (ObjectNode) current;
                String key = step.equals("{}") ? "x" : step;
                JsonNode childSchema = schemas.resolve(step.equals("{}") ? schema.path("additionalProperties") : schema.path("properties").path(step));
                if (last) {
                    if (value.isMissingNode()) {
                        object.remove(key);
                    } else {
                        object.set(key, value);
                    }
                    return root;
                }
                JsonNode child = object.get(key);
                String childType = SchemaResolver.type(childSchema);
                boolean fits = child != null && ("array".equals(childType) ? child.isArray() : child.isObject());
                if (!fits) {
                    child = "array".equals(childType) ? NODES.arrayNode() : values.sample(childSchema, key, i + 1);
                    if (!child.isContainerNode()) {
                        child = NODES.objectNode();
                    }
                    object.set(key, child);
                }
                current = child;
                schema = childSchema;
            }
        }
        return root;
    }

    private static List<String> append(List<String> steps, String step) {
        List<String> out = new ArrayList<>(steps);
        out.add(step);
        return List.copyOf(out);
    }
}
