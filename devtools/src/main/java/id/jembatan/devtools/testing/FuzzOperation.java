package id.jembatan.devtools.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One operation of the document as the fuzzer sees it: its parameters, the media types and schema of its body,
 * and a valid baseline request that every case starts from and changes in one place.
 */
final class FuzzOperation {

    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /** A request under construction: starts as the operation's baseline and receives one mutation. */
    static final class Draft {
        final FuzzOperation op;
        final Map<String, String> pathSegments = new LinkedHashMap<>();
        final List<ApiFuzzer.Param> query = new ArrayList<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        String contentType;
        byte[] body;
        String mutation = "baseline";

        Draft(FuzzOperation op) {
            this.op = op;
        }

        Draft copy(String label) {
            Draft d = new Draft(op);
            d.pathSegments.putAll(pathSegments);
            d.query.addAll(query);
            d.headers.putAll(headers);
            d.contentType = contentType;
            d.body = body;
            d.mutation = label;
            return d;
        }

        Draft header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Draft body(String type, byte[] bytes) {
            contentType = type;
            body = bytes;
            return this;
        }

        Draft json(JsonNode node) {
            return body(contentType == null ? "application/json" : contentType, op.json.bytes(node));
        }

        ApiFuzzer.Request build() {
            String path = op.template;
            for (Map.Entry<String, String> segment : pathSegments.entrySet()) {
                path = path.replace("{" + segment.getKey() + "}", segment.getValue());
            }
            return new ApiFuzzer.Request(op.operationId, op.method, op.template, path, List.copyOf(query),
                    Collections.unmodifiableMap(new LinkedHashMap<>(headers)), contentType, body, op.secured, mutation);
        }
    }

    final String template;
    final String method;
    final String operationId;
    final boolean secured;
    final List<Parameter> parameters = new ArrayList<>();
    final List<String> contentTypes = new ArrayList<>();
    final JsonBytes json;
    private final ValueSampler values;
    JsonNode bodySchema;
    String bodyType;
    JsonNode bodyBaseline;

    FuzzOperation(String template, JsonNode pathItem, String method, JsonNode op, SchemaResolver schemas, ValueSampler values,
                  JsonBytes json, Map<String, String> knownValues) {
        this.template = template;
        this.method = method;
        this.values = values;
        this.json = json;
        this.operationId = op.path("operationId").asText(method + " " + template);
        JsonNode security = op.has("security") ? op.get("security") : schemas.document().path("security");
        this.secured = security.isArray() && !security.isEmpty();
        Map<String, Parameter> byKey = new LinkedHashMap<>();
        for (JsonNode list : List.of(pathItem.path("parameters"), op.path("parameters"))) {
            for (JsonNode raw : list) {
                JsonNode p = schemas.deref(raw);
                Parameter parameter = new Parameter(p.path("name").asText(), p.path("in").asText(),
                        p.path("required").asBoolean(false) || "path".equals(p.path("in").asText()), p.path("schema"));
                byKey.put(parameter.in() + ":" + parameter.name(), parameter);
            }
        }
        parameters.addAll(byKey.values());
        JsonNode requestBody = schemas.deref(op.path("requestBody"));
        requestBody.path("content").fieldNames().forEachRemaining(contentTypes::add);
        if (!contentTypes.isEmpty()) {
            JsonNode content = requestBody.path("content");
            boolean jsonDocument = contentTypes.contains("application/json")
                    && !"string".equals(SchemaResolver.type(schemas.resolve(content.path("application/json").path("schema"))));
            bodyType = jsonDocument ? "application/json" : contentTypes.get(0);
            bodySchema = schemas.resolve(content.path(bodyType).path("schema"));
            String known = knownValues.get("request:" + operationId);
            bodyBaseline = known == null ? values.sample(bodySchema, null, 0)
                    : jsonBody() ? ValueSampler.parse(known) : TextNode.valueOf(known);
        }
    }

    boolean jsonBody() {
        return bodyType != null && bodyType.contains("json") && !"string".equals(SchemaResolver.type(bodySchema));
    }

    Draft baseline() {
        Draft d = new Draft(this);
        for (Parameter p : parameters) {
            String known = values.known(p.in(), p.name());
            String value = known != null ? known : JsonBytes.text(values.sample(p.schema(), null, 0));
            switch (p.in()) {
                case "path" -> d.pathSegments.put(p.name(), JsonBytes.encode(value));
                case "query" -> {
                    if (known != null || p.required()) {
                        d.query.add(ApiFuzzer.Param.of(p.name(), value));
                    }
                }
                case "header" -> {
                    if (known != null || p.required()) {
                        d.headers.put(p.name(), value);
                    }
                }
                default -> {
                    // cookies are not used by these APIs
                }
            }
        }
        if (bodyType != null) {
            d.contentType = bodyType;
            d.body = jsonBody() ? json.bytes(bodyBaseline) : JsonBytes.utf8(JsonBytes.text(bodyBaseline));
        }
        return d;
    }
}
