package id.jembatan.devtools.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Hostile requests for every operation of an OpenAPI 3.0 document (OWASP API Security Top 10 as checklist):
 * wrong types for every field and parameter, missing required fields, unknown and mass-assigned fields, huge
 * strings and numbers, unicode edge cases, injection strings, malformed JSON, wrong content types, bad path ids
 * and bad enum values. {@code $ref} and {@code allOf} are resolved from the document's components.
 *
 * <p>The fuzzer only describes requests ({@link Request}: method, percent-encoded path and query, headers, content
 * type, body bytes); a test sends them with its own HTTP client, with URL encoding switched off, and hands each
 * answer to a {@link Tally}, which counts it and checks it against the API conventions: never a 5xx, every 4xx
 * an RFC 9457 problem document, never a stack trace or Java class name.
 *
 * <p>Generation is deterministic: the same document, seed and limit give the same requests in the same order
 * (each operation draws from its own {@link Random} derived from the seed). Per operation, the request-level
 * cases (malformed bodies, content types, headers) come first, then the cases of each parameter and body field
 * taken in turns, so that a small limit still touches every field.
 */
public final class ApiFuzzer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final int MAX_DEPTH = 6;
    private static final int HUGE = 100_000;
    /** Long enough to hurt, short enough to stay under the HTTP layer's request-line and header limits. */
    private static final int LONG_IN_URL = 2_000;
    private static final int LONG_IN_HEADER = 3_000;
    private static final char MARK = '\uE000';

    /** Things an attacker types into a text field, a parameter or a path segment. None names a Java class. */
    public static final List<String> INJECTIONS = List.of(
            "' OR '1'='1", "'; DROP TABLE agreement; --", "1' AND pg_sleep(1) --", "\" OR \"\"=\"", "%' OR 1=1 --",
            "\\", "%_%", "' UNION SELECT null, current_user --",
            "{\"$gt\": \"\"}", "{\"$where\": \"sleep(100)\"}", "\"},{\"injected\":true,\"x\":\"",
            "../../../../etc/passwd", "..\\..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/etc/passwd%00.json",
            "x\r\nX-Injected: yes", "x%0d%0aX-Injected:%20yes", "x\nSet-Cookie: injected=1",
            "${jndi:ldap://127.0.0.1:1389/a}", "${jndi:${lower:l}${lower:d}ap://127.0.0.1/a}", "${env:HOME}",
            "#{7*7}", "{{7*7}}", "<%= 7*7 %>", "{0}{1}{99}", "'{0}'", "%s%s%s%n%x",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
            "=HYPERLINK(\"http://evil.example\",\"x\")", "@SUM(1+1)*cmd|' /C calc'!A0", "+1+1", "-1-1",
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
            "*)(uid=*))(|(uid=*", "; ls -la", "$(id)", "`id`", "| cat /etc/passwd");

    /** Text that trips up encoders, comparators, databases and terminals. */
    public static final List<String> UNICODE = List.of(
            "\u202Egnp.exe", "\u200F\u200E\u202B", "a\u200Db\u200Cc\u200B", "\uD83D\uDE00", "\uD83D\uDC69\u200D\uD83D\uDCBB",
            "\uD83C\uDDEE\uD83C\uDDE9", "\u0000", "a\u0000b", "\uFEFFx", "\u2028\u2029", "Z\u0351\u0352\u0353\u0354\u0355",
            "\uFFFF\uFFFE", "\uFFFD", "\u00A0\u3000", "\u0130\u0131\u00DF", "\u0663\u0666.\u0667\u0663", "\uFF53\uFF45\uFF4C",
            "\t\n\r", "\u001B[31mred\u001B[0m", "\u0007\u0008", "\uD800", "\uDFFF", "\uDBFF\uDFFF");

    private static final List<String> BAD_DATES = List.of("2025-02-30", "2025-13-01", "0000-00-00", "+999999999-12-31",
            "-999999999-01-01", "99999-01-01", "2025-1-1", "2025-01-01T00:00:00Z", "01/02/2025", "now", "", "1e10");
    private static final List<String> BAD_UUIDS = List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000",
            "ffffffff-ffff-ffff-ffff-ffffffffffff", "1-1-1-1-1", "gggggggg-gggg-gggg-gggg-gggggggggggg",
            "{00000000-0000-0000-0000-000000000000}", "00000000-0000-0000-0000-0000000000000");

    private final JsonNode document;
    private final long seed;
    private final Map<String, String> knownValues;
    private final List<String> rawTokens = new ArrayList<>();

    private ApiFuzzer(JsonNode document, long seed, Map<String, String> knownValues) {
        this.document = document;
        this.seed = seed;
        this.knownValues = knownValues;
    }

    // ---------------------------------------------------------------------------------------------------------
    // The request descriptions

    /** A query parameter; a {@code null} value is sent as the bare name, a {@code raw} one exactly as given. */
    public record Param(String name, String value, boolean raw) {

        static Param of(String name, String value) {
            return new Param(name, value, false);
        }
    }

    /**
     * One request. {@link #uri()} is already percent-encoded: send it with the client's URL encoding off. Headers
     * include {@code Authorization} only when the case is about it; otherwise the sender adds its own token.
     */
    public record Request(String operationId, String method, String template, String path, List<Param> query,
                          Map<String, String> headers, String contentType, byte[] body, boolean secured, String mutation) {

        public String uri() {
            if (query.isEmpty()) {
                return path;
            }
            StringBuilder out = new StringBuilder(path).append('?');
            for (int i = 0; i < query.size(); i++) {
                Param p = query.get(i);
                out.append(i == 0 ? "" : "&").append(encode(p.name()));
                if (p.value() != null) {
                    out.append('=').append(p.raw() ? p.value() : encode(p.value()));
                }
            }
            return out.toString();
        }

        public String bodyText() {
            return body == null ? null : new String(body, StandardCharsets.UTF_8);
        }

        /** "POST /agreements" */
        public String operation() {
            return method.toUpperCase(Locale.ROOT) + " " + template;
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder(method.toUpperCase(Locale.ROOT)).append(' ').append(printable(uri(), 200))
                    .append("  [").append(printable(mutation, 120)).append(']');
            if (!headers.isEmpty()) {
                out.append(" headers=").append(printable(headers.toString(), 200));
            }
            if (contentType != null) {
                out.append(" content-type=").append(printable(contentType, 80));
            }
            if (body != null) {
                out.append(" body(").append(body.length).append(" bytes)=").append(printable(bodyText(), 300));
            }
            return out.toString();
        }
    }

    /** A response as the sender saw it; status 0 when none came (the body then says why). */
    public record Reply(int status, String contentType, String body, Map<String, String> headers) {
    }

    // ---------------------------------------------------------------------------------------------------------
    // Entry points

    public static JsonNode read(Path document) {
        try {
            return JSON.readTree(Files.readString(document));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OpenAPI document " + document.toAbsolutePath(), e);
        }
    }

    public static List<Request> generate(Path document, long seed, int perOperation) {
        return generate(read(document), seed, perOperation, Map.of());
    }

    public static List<Request> generate(JsonNode document, long seed, int perOperation) {
        return generate(document, seed, perOperation, Map.of());
    }

    /**
     * @param knownValues valid values, used wherever a case needs the rest of the request to be right (without
     *                    them a schema example, the first enum value or a default for the type is used). Keys:
     *                    {@code in:name} or just {@code name} for a parameter ({@code path:id}, {@code header:If-Match});
     *                    {@code body:name} or {@code name} for a body property; {@code request:operationId} for a
     *                    whole valid body of that operation (JSON, or text such as a CSV header line), which the
     *                    body cases then mutate field by field
     */
    public static List<Request> generate(JsonNode document, long seed, int perOperation, Map<String, String> knownValues) {
        ApiFuzzer fuzzer = new ApiFuzzer(document, seed, knownValues);
        List<Request> all = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (METHODS.contains(operation.getKey())) {
                all.addAll(fuzzer.operation(path.getKey(), path.getValue(), operation.getKey(), operation.getValue(), perOperation));
            }
        }));
        return all;
    }

    // ---------------------------------------------------------------------------------------------------------
    // One operation

    private record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /** A request under construction: starts as the operation's baseline and receives one mutation. */
    private final class Draft {
        final Operation op;
        final Map<String, String> pathSegments = new LinkedHashMap<>();
        final List<Param> query = new ArrayList<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        String contentType;
        byte[] body;
        String mutation = "baseline";

        Draft(Operation op) {
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
            return body(contentType == null ? "application/json" : contentType, bytes(node));
        }

        Request build() {
            String path = op.template;
            for (Map.Entry<String, String> segment : pathSegments.entrySet()) {
                path = path.replace("{" + segment.getKey() + "}", segment.getValue());
            }
            return new Request(op.operationId, op.method, op.template, path, List.copyOf(query),
                    Collections.unmodifiableMap(new LinkedHashMap<>(headers)), contentType, body, op.secured, mutation);
        }
    }

    private final class Operation {
        final String template;
        final String method;
        final String operationId;
        final boolean secured;
        final List<Parameter> parameters = new ArrayList<>();
        final List<String> contentTypes = new ArrayList<>();
        JsonNode bodySchema;
        String bodyType;
        JsonNode bodyBaseline;

        Operation(String template, JsonNode pathItem, String method, JsonNode op) {
            this.template = template;
            this.method = method;
            this.operationId = op.path("operationId").asText(method + " " + template);
            JsonNode security = op.has("security") ? op.get("security") : document.path("security");
            this.secured = security.isArray() && !security.isEmpty();
            Map<String, Parameter> byKey = new LinkedHashMap<>();
            for (JsonNode list : List.of(pathItem.path("parameters"), op.path("parameters"))) {
                for (JsonNode raw : list) {
                    JsonNode p = deref(raw);
                    Parameter parameter = new Parameter(p.path("name").asText(), p.path("in").asText(),
                            p.path("required").asBoolean(false) || "path".equals(p.path("in").asText()), p.path("schema"));
                    byKey.put(parameter.in + ":" + parameter.name, parameter);
                }
            }
            parameters.addAll(byKey.values());
            JsonNode requestBody = deref(op.path("requestBody"));
            requestBody.path("content").fieldNames().forEachRemaining(contentTypes::add);
            if (!contentTypes.isEmpty()) {
                JsonNode content = requestBody.path("content");
                boolean jsonDocument = contentTypes.contains("application/json")
                        && !"string".equals(type(resolve(content.path("application/json").path("schema"))));
                bodyType = jsonDocument ? "application/json" : contentTypes.get(0);
                bodySchema = resolve(content.path(bodyType).path("schema"));
                String known = knownValues.get("request:" + operationId);
                bodyBaseline = known == null ? sample(bodySchema, null, 0) : jsonBody() ? parse(known) : TextNode.valueOf(known);
            }
        }

        boolean jsonBody() {
            return bodyType != null && bodyType.contains("json") && !"string".equals(type(bodySchema));
        }

        Draft baseline() {
            Draft d = new Draft(this);
            for (Parameter p : parameters) {
                String known = known(p.in, p.name);
                String value = known != null ? known : text(sample(p.schema, null, 0));
                switch (p.in) {
                    case "path" -> d.pathSegments.put(p.name, encode(value));
                    case "query" -> {
                        if (known != null || p.required) {
                            d.query.add(Param.of(p.name, value));
                        }
                    }
                    case "header" -> {
                        if (known != null || p.required) {
                            d.headers.put(p.name, value);
                        }
                    }
                    default -> {
                        // cookies are not used by these APIs
                    }
                }
            }
            if (bodyType != null) {
                d.contentType = bodyType;
                d.body = jsonBody() ? bytes(bodyBaseline) : utf8(text(bodyBaseline));
            }
            return d;
        }
    }

    private List<Request> operation(String template, JsonNode pathItem, String method, JsonNode node, int limit) {
        Operation op = new Operation(template, pathItem, method, node);
        Random random = new Random(seed * 31 + (method + " " + template).hashCode());
        Draft base = op.baseline();

        List<Draft> fixed = new ArrayList<>();
        fixed.add(base.copy("valid baseline"));
        requestCases(op, base, random, fixed);

        List<List<Draft>> groups = new ArrayList<>();
        for (Parameter p : op.parameters) {
            List<Draft> cases = parameterCases(p, base, random);
            List<Draft> first = new ArrayList<>();
            List<Draft> rest = new ArrayList<>();
            for (Draft d : cases) {
                (PRIORITY.stream().anyMatch(d.mutation::endsWith) ? first : rest).add(d);
            }
            groups.add(prioritised(first, rest, random));
        }
        if (op.jsonBody()) {
            List<Slot> slots = new ArrayList<>();
            walk(op.bodySchema, List.of(), "body", 0, false, slots);
            for (Slot slot : slots) {
                List<Draft> first = new ArrayList<>();
                List<Draft> rest = new ArrayList<>();
                for (Mutation m : mutations(slot, random)) {
                    Draft d = base.copy(slot.label + ": " + m.label).json(apply(op.bodyBaseline, op.bodySchema, slot.steps, m.value));
                    (PRIORITY.contains(m.label) ? first : rest).add(d);
                }
                groups.add(prioritised(first, rest, random));
            }
        } else if (op.bodyType != null) {
            groups.add(textBodyCases(op, base, random));
        }

        List<Request> out = new ArrayList<>();
        for (Draft d : fixed) {
            if (out.size() < limit) {
                out.add(d.build());
            }
        }
        for (int round = 0; out.size() < limit; round++) {
            boolean any = false;
            for (List<Draft> group : groups) {
                if (round < group.size() && out.size() < limit) {
                    out.add(group.get(round).build());
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return out;
    }

    /**
     * The mutations that most often break something, tried on every field and parameter before the others (each
     * part in seeded random order), so that a small limit per operation still gives every field its worst cases.
     */
    private static final Set<String> PRIORITY = Set.of("missing (required)", "null", "escaped NUL", "unicode a\\u0000b",
            "100k characters", "bad date +999999999-12-31", "bad date -999999999-01-01", "uuid of nothing",
            "bad enum NOT_A_VALUE", "wrong type: object", "Long.MAX_VALUE + 1", "1e308", "500 digits", "-1",
            "array of null", "empty object", "map key NOT_A_KEY", "= a\\u0000b", "= ", "= \u2028\u2029",
            "= " + "x".repeat(60) + "...(2000 chars)", "= 9223372036854775808", "raw %00", "raw ;", "= not-a-uuid");

    private static List<Draft> prioritised(List<Draft> first, List<Draft> rest, Random random) {
        Collections.shuffle(first, random);
        Collections.shuffle(rest, random);
        List<Draft> out = new ArrayList<>(first);
        out.addAll(rest);
        return out;
    }

    /** Cases about the request as a whole: headers every endpoint reads, and the body's bytes and media type. */
    private void requestCases(Operation op, Draft base, Random random, List<Draft> out) {
        out.add(base.copy("Accept: application/xml").header("Accept", "application/xml"));
        out.add(base.copy("Accept: garbage").header("Accept", "not a media type;;;q=x"));
        out.add(base.copy("Accept-Language: garbage").header("Accept-Language", ";;;q=abc,,id;q=NaN,*;q=-1"));
        out.add(base.copy("Accept-Language: unknown language").header("Accept-Language", "tlh-Piqd"));
        out.add(base.copy("X-Request-Id: hostile").header("X-Request-Id", "../../x;DROP TABLE t; " + "r".repeat(300)));
        out.add(base.copy("X-HTTP-Method-Override: DELETE").header("X-HTTP-Method-Override", "DELETE"));
        out.add(base.copy("X-Forwarded-For and Host spoofing").header("X-Forwarded-For", "127.0.0.1, ' OR 1=1")
                .header("X-Forwarded-Host", "evil.example"));
        Draft unknown = base.copy("unknown query parameters");
        unknown.query.add(Param.of("__proto__[admin]", "true"));
        unknown.query.add(Param.of("debug", "true"));
        unknown.query.add(Param.of(pick(random, INJECTIONS), pick(random, INJECTIONS)));
        out.add(unknown);
        Draft overlong = base.copy("overlong UTF-8 and an encoded surrogate in an unknown parameter");
        overlong.query.add(new Param("x", "%C0%AE%ED%A0%80%FF", true));
        out.add(overlong);
        if (op.secured) {
            out.add(base.copy("Authorization: empty bearer").header("Authorization", "Bearer "));
            out.add(base.copy("Authorization: three dots").header("Authorization", "Bearer x.y.z"));
            out.add(base.copy("Authorization: basic").header("Authorization", "Basic YWRtaW46YWRtaW4="));
            out.add(base.copy("Authorization: huge token").header("Authorization", "Bearer " + "a".repeat(LONG_IN_HEADER)));
            out.add(base.copy("Authorization: alg none").header("Authorization",
                    "Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ4IiwiZ3JvdXBzIjpbImFkbWluIl19."));
        }
        if (op.bodyType == null) {
            out.add(base.copy("a JSON body on an operation without one").body("application/json", utf8("{\"id\": 1, \"admin\": true}")));
            return;
        }
        String type = op.bodyType;
        out.add(base.copy("empty body").body(type, new byte[0]));
        for (String other : op.contentTypes) {
            if (!other.equals(type)) {
                out.add(base.copy("the body of " + type + " declared as " + other).body(other, base.body));
            }
        }
        for (String wrong : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "application/octet-stream",
                "image/png", "application/json; charset=klingon", "application/json; charset=UTF-16", "application/json-patch+json")) {
            if (!op.contentTypes.contains(wrong)) {
                out.add(base.copy("content type " + wrong).body(wrong, base.body));
            }
        }
        out.add(base.copy("XML body with an external entity").body("application/xml",
                utf8("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")));
        out.add(base.copy("form body").body("application/x-www-form-urlencoded", utf8("state=ACTIVE&version=99&admin=true")));
        out.add(base.copy("body over 1 MiB").body(type, utf8("{\"title\": \"" + "x".repeat(1_100_000) + "\"}")));
        out.add(base.copy("invalid UTF-8 bytes").body(type, invalidUtf8()));
        if (!type.contains("json")) {
            return;
        }
        for (String malformed : List.of("{", "}", "{\"a\":", "{'a': 1}", "{a: 1}", "{\"a\": 1,}", "[1, 2", "{\"a\": tru}",
                "/* comment */ {}", "{} {}", "{\"a\": \"\\x41\"}", "{\"a\": \"unterminated}", "{\"a\": NaN}", "{\"a\": Infinity}",
                "{\"a\": 0x10}", "{\"a\": 01}", "{\"a\": .5}", "{\"a\": +1}", "\u0000", "\uFEFF{}", "null", "true", "42", "\"text\"", "[]",
                "[{}]", "{\"\": null}", "   ")) {
            out.add(base.copy("malformed or odd JSON " + printable(malformed, 30)).body(type, utf8(malformed)));
        }
        out.add(base.copy("baseline followed by garbage").body(type, concat(base.body, utf8("garbage"))));
        out.add(base.copy("nesting 5000 deep (arrays)").body(type, utf8("[".repeat(5000) + "]".repeat(5000))));
        out.add(base.copy("nesting 2000 deep (objects)").body(type, utf8("{\"a\":".repeat(2000) + "1" + "}".repeat(2000))));
        out.add(base.copy("a number of 2000 digits").body(type, utf8("{\"a\": " + "9".repeat(2000) + "}")));
        out.add(base.copy("a key of 100k characters").body(type, utf8("{\"" + "k".repeat(HUGE) + "\": 1}")));
        if (op.bodyBaseline instanceof ObjectNode baseline) {
            ObjectNode extra = baseline.deepCopy();
            extra.put("id", uuid(random).toString()).put("version", 99).put("state", "ACTIVE").put("status", "RETIRED")
                    .put("legacy", true).put("createdBy", "mallory").put("createdAt", "2000-01-01T00:00:00Z").put("stale", false)
                    .put("@class", "com.example.Evil").put("@type", "Evil");
            extra.putObject("__proto__").put("admin", true);
            extra.putObject("constructor").putObject("prototype").put("admin", true);
            out.add(base.copy("mass assignment and prototype pollution fields").json(extra));
            StringBuilder duplicate = new StringBuilder(new String(bytes(baseline), StandardCharsets.UTF_8));
            if (baseline.size() > 0) {
                String first = baseline.fieldNames().next();
                duplicate.insert(1, JSON.valueToTree(first) + ": {\"duplicate\": [1, 2]}, ");
                out.add(base.copy("duplicate key " + first).body(type, utf8(duplicate.toString())));
            }
        }
    }

    /** Cases for one path, query or header parameter. */
    private List<Draft> parameterCases(Parameter p, Draft base, Random random) {
        List<Draft> out = new ArrayList<>();
        JsonNode schema = resolve(p.schema);
        String type = type(schema);
        Function<String, Draft> set = value -> with(p, base.copy(p.in + " " + p.name + " = " + printable(value, 60)), value, false);
        switch (p.in) {
            case "path" -> {
                for (String value : BAD_UUIDS) {
                    out.add(set.apply(value));
                }
                out.add(set.apply(uuid(random).toString()));
                for (String value : List.of("-1", "0", "9223372036854775808", "1e308", "null", "undefined", "{id}", "%", " ",
                        "a;b=c", "a?b=c", "a#b", "x".repeat(LONG_IN_URL), "\uD83D\uDE00".repeat(300))) {
                    out.add(set.apply(value));
                }
                // Raw segments are valid URI syntax (a client library refuses anything else) but hostile once decoded.
                for (String raw : List.of("..", "%2e%2e", "..%2F..%2F..%2Fetc%2Fpasswd", "%2525", "%00", "%C0%AE%C0%AE", "%ED%A0%80",
                        "%FF%FE", "a%2Fb", "%5C..%5C", "%E2%80%AE", ";", "*", "~", "!$&'()*+,=:@")) {
                    out.add(with(p, base.copy("path " + p.name + " raw " + raw), raw, true));
                }
            }
            case "header" -> {
                for (String value : List.of("", " ", "*", "\"0\"", "W/\"0\"", "\"-1\"", "\"99999999999999999999\"", "0", "\"a\", \"b\"",
                        "W/", "\"", "k".repeat(201), "k".repeat(LONG_IN_HEADER), "\u00e9t\u00e9", "x\r\nX-Injected: yes")) {
                    out.add(set.apply(value));
                }
            }
            default -> {
                for (String value : List.of("", " ", "null", "x".repeat(LONG_IN_URL))) {
                    out.add(set.apply(value));
                }
                Draft twice = base.copy("query " + p.name + " twice");
                twice.query.removeIf(q -> q.name().equals(p.name));
                String known = known(p.in, p.name);
                twice.query.add(Param.of(p.name, known != null ? known : text(sample(p.schema, null, 0))));
                twice.query.add(Param.of(p.name, "'; DROP TABLE x; --"));
                out.add(twice);
                Draft bare = base.copy("query " + p.name + " without a value");
                bare.query.removeIf(q -> q.name().equals(p.name));
                bare.query.add(new Param(p.name, null, false));
                out.add(bare);
                out.add(with(p, base.copy("query " + p.name + " raw %00"), "%00", true));
                out.add(with(p, base.copy("query " + p.name + " raw overlong UTF-8"), "%C0%AE%FF", true));
            }
        }
        if (!"header".equals(p.in)) {
            if ("integer".equals(type) || "number".equals(type) || p.name.equals("page") || p.name.equals("size")
                    || p.name.equals("limit") || p.name.equals("after")) {
                for (String value : List.of("abc", "-1", "-2147483649", "2147483648", "9223372036854775808", "1e308", "1.5", "0x10",
                        "+1", "1_000", "9".repeat(500), "NaN", "Infinity")) {
                    out.add(set.apply(value));
                }
            }
            if ("boolean".equals(type)) {
                for (String value : List.of("maybe", "TRUE", "2", "yes please", "on")) {
                    out.add(set.apply(value));
                }
            }
            if (schema.has("enum")) {
                for (String value : badEnums(schema)) {
                    out.add(set.apply(value));
                }
            }
            for (String value : INJECTIONS) {
                out.add(set.apply(value));
            }
            for (String value : UNICODE) {
                out.add(set.apply(value));
            }
        } else {
            for (String value : INJECTIONS) {
                if (value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
                    out.add(set.apply(value));
                }
            }
        }
        return out;
    }

    private static Draft with(Parameter p, Draft d, String value, boolean raw) {
        switch (p.in) {
            case "path" -> d.pathSegments.put(p.name, raw ? value : encode(value));
            case "header" -> d.headers.put(p.name, value);
            default -> {
                d.query.removeIf(q -> q.name().equals(p.name));
                d.query.add(new Param(p.name, value, raw));
            }
        }
        return d;
    }

    /** For bodies that are not JSON documents (CSV uploads): text of every kind. */
    private List<Draft> textBodyCases(Operation op, Draft base, Random random) {
        List<Draft> out = new ArrayList<>();
        String type = op.bodyType;
        List<String> texts = new ArrayList<>(List.of("", "\n\n\n", "a,b,c\n\"unterminated", "\"\"\"\n", ",,,,,,,,\n,,,,", "x".repeat(HUGE),
                ("a,".repeat(5000) + "\n").repeat(20), "\u0000\u0000", "scheme,code\n" + "\"" + "q".repeat(HUGE) + "\"\n"));
        texts.addAll(INJECTIONS);
        texts.addAll(UNICODE);
        String header = text(op.bodyBaseline);
        for (String text : texts) {
            out.add(base.copy("text body " + printable(text, 40)).body(type, utf8(text)));
            if (!header.isEmpty()) {
                String firstLine = header.contains("\n") ? header.substring(0, header.indexOf('\n') + 1) : header + "\n";
                out.add(base.copy("first line of the valid body, then " + printable(text, 40)).body(type, utf8(firstLine + text)));
            }
        }
        Collections.shuffle(out, random);
        return out;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Body fields

    private record Slot(List<String> steps, String label, JsonNode schema, boolean required) {
    }

    private record Mutation(String label, JsonNode value) {
    }

    /** Every field of the body, nested objects, array items and map values included, up to a depth. */
    private void walk(JsonNode schema, List<String> steps, String label, int depth, boolean required, List<Slot> out) {
        JsonNode s = resolve(schema);
        out.add(new Slot(steps, label, s, required));
        if (depth >= MAX_DEPTH) {
            return;
        }
        String type = type(s);
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

    private List<Mutation> mutations(Slot slot, Random random) {
        JsonNode s = slot.schema;
        String type = type(s);
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
        out.add(new Mutation("100k characters", TextNode.valueOf("x".repeat(HUGE))));
        out.add(new Mutation("50k emoji", TextNode.valueOf("\uD83D\uDE00".repeat(HUGE / 2))));
        out.add(new Mutation("lone surrogate escape", raw("\"\\ud800 lone \\udfff\"")));
        out.add(new Mutation("escaped NUL", raw("\"a\\u0000b\"")));
        if (s.has("maxLength")) {
            out.add(new Mutation("maxLength + 1", TextNode.valueOf("y".repeat(s.get("maxLength").asInt() + 1))));
        }
        if (s.has("pattern")) {
            out.add(new Mutation("not matching the pattern", TextNode.valueOf("\t!\u00A7 no match \u00A7!\t")));
        }
        String format = s.path("format").asText("");
        if (format.equals("date") || format.equals("date-time")) {
            for (String date : BAD_DATES) {
                out.add(new Mutation("bad date " + date, TextNode.valueOf(date)));
            }
            out.add(new Mutation("date as number", IntNode.valueOf(20250101)));
        }
        if (format.equals("uuid") || s.path("pattern").asText("").contains("a-fA-F0-9]{8}")) {
            for (String id : BAD_UUIDS) {
                out.add(new Mutation("bad uuid " + id, TextNode.valueOf(id)));
            }
            out.add(new Mutation("uuid of nothing", TextNode.valueOf(uuid(random).toString())));
        }
        if (s.has("enum")) {
            for (String value : badEnums(s)) {
                out.add(new Mutation("bad enum " + printable(value, 30), TextNode.valueOf(value)));
            }
            out.add(new Mutation("enum by index 0", IntNode.valueOf(0)));
            out.add(new Mutation("enum by index 999", IntNode.valueOf(999)));
        }
        for (String value : INJECTIONS) {
            out.add(new Mutation("injection " + printable(value, 40), TextNode.valueOf(value)));
        }
        for (String value : UNICODE) {
            out.add(new Mutation("unicode " + printable(value, 20), TextNode.valueOf(value)));
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
        out.add(new Mutation("1e-400", raw("1e-400")));
        out.add(new Mutation("1e400", raw("1e400")));
        out.add(new Mutation("-0.0", raw("-0.0")));
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
        JsonNode item = sample(s.path("items"), null, 1);
        out.add(new Mutation("empty array", NODES.arrayNode()));
        out.add(new Mutation("array of null", NODES.arrayNode().addNull()));
        out.add(new Mutation("array of wrong items", NODES.arrayNode().add(7).add(NODES.objectNode()).add(NODES.arrayNode())));
        out.add(new Mutation("duplicate items", NODES.arrayNode().add(item.deepCopy()).add(item.deepCopy())));
        out.add(new Mutation("nested array", NODES.arrayNode().add(NODES.arrayNode().add(item.deepCopy()))));
        int size = Math.max(1, bytes(item).length + 1);
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
        JsonNode sample = sample(s, null, 1);
        if (sample instanceof ObjectNode object) {
            ObjectNode unknown = object.deepCopy();
            unknown.put("unexpectedField", "x").put("id", "00000000-0000-0000-0000-000000000000").put("version", 99);
            out.add(new Mutation("unknown fields", unknown));
        }
        JsonNode values = s.path("additionalProperties");
        if (values.isObject() && !values.isEmpty()) {
            JsonNode value = sample(values, null, 1);
            for (String key : List.of("", "NOT_A_KEY", "\u0000", "k".repeat(1000), "' OR 1=1 --", "__proto__")) {
                out.add(new Mutation("map key " + printable(key, 20), NODES.objectNode().set(key, value.deepCopy())));
            }
            ObjectNode many = NODES.objectNode();
            int max = s.has("maxProperties") ? s.get("maxProperties").asInt() + 1 : 1_000;
            for (int i = 0; i < max; i++) {
                many.set("KEY_" + i, value.deepCopy());
            }
            out.add(new Mutation(max + " map entries", many));
        }
    }

    private static List<String> badEnums(JsonNode s) {
        String first = s.path("enum").path(0).asText("X");
        return List.of("NOT_A_VALUE", first.toLowerCase(Locale.ROOT), " " + first + " ", first + "\u0000", first + "_", "", "null",
                first.replace('_', '-'), "\u0130" + first.substring(Math.min(1, first.length())));
    }

    /** The baseline body with the value at the slot replaced; a missing node removes it. */
    private JsonNode apply(JsonNode baseline, JsonNode rootSchema, List<String> steps, JsonNode value) {
        if (steps.isEmpty()) {
            return value.isMissingNode() ? TextNode.valueOf("") : value;
        }
        JsonNode root = baseline.deepCopy();
        JsonNode current = root;
        JsonNode schema = resolve(rootSchema);
        for (int i = 0; i < steps.size(); i++) {
            String step = steps.get(i);
            boolean last = i == steps.size() - 1;
            if (step.equals("[]")) {
                ArrayNode array = (ArrayNode) current;
                JsonNode itemSchema = resolve(schema.path("items"));
                if (last) {
                    array.removeAll();
                    if (!value.isMissingNode()) {
                        array.add(value);
                    }
                    return root;
                }
                if (array.isEmpty() || !array.get(0).isContainerNode()) {
                    JsonNode item = sample(itemSchema, null, i + 1);
                    array.removeAll();
                    array.add(item.isContainerNode() ? item : NODES.objectNode());
                }
                current = array.get(0);
                schema = itemSchema;
            } else {
                ObjectNode object = (ObjectNode) current;
                String key = step.equals("{}") ? "x" : step;
                JsonNode childSchema = resolve(step.equals("{}") ? schema.path("additionalProperties") : schema.path("properties").path(step));
                if (last) {
                    if (value.isMissingNode()) {
                        object.remove(key);
                    } else {
                        object.set(key, value);
                    }
                    return root;
                }
                JsonNode child = object.get(key);
                String childType = type(childSchema);
                boolean fits = child != null && ("array".equals(childType) ? child.isArray() : child.isObject());
                if (!fits) {
                    child = "array".equals(childType) ? NODES.arrayNode() : sample(childSchema, key, i + 1);
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

    // ---------------------------------------------------------------------------------------------------------
    // Schemas

    private JsonNode deref(JsonNode node) {
        JsonNode current = node;
        for (int guard = 0; current.has("$ref") && guard < 20; guard++) {
            current = document.at(current.get("$ref").asText().replaceFirst("^#", ""));
        }
        return current;
    }

    /** The schema with its {@code $ref} followed and its {@code allOf} parts merged in (one level; nested ones on demand). */
    private JsonNode resolve(JsonNode schema) {
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

    private static String type(JsonNode s) {
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

    /** A plausible valid value: a known value, the example, the first enum value or a default for the type. */
    private JsonNode sample(JsonNode schema, String name, int depth) {
        JsonNode s = resolve(schema);
        String type = type(s);
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
                String text = s.has("pattern") ? PatternSample.of(s.get("pattern").asText()) : null;
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

    private String known(String in, String name) {
        String value = knownValues.get(in + ":" + name);
        return value != null ? value : knownValues.get(name);
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The known request body is not JSON: " + printable(json, 200), e);
        }
    }

    private static JsonNode scalar(String value, String type) {
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

    // ---------------------------------------------------------------------------------------------------------
    // Bytes

    /** A JSON token written verbatim, for what a tree cannot hold (1e400, escaped lone surrogates). */
    private JsonNode raw(String token) {
        rawTokens.add(token);
        return TextNode.valueOf(MARK + Integer.toString(rawTokens.size() - 1) + MARK);
    }

    private byte[] bytes(JsonNode node) {
        try {
            String text = JSON.writeValueAsString(node);
            if (text.indexOf(MARK) >= 0) {
                StringBuilder out = new StringBuilder();
                int from = 0;
                for (int at = text.indexOf("\"" + MARK); at >= 0; at = text.indexOf("\"" + MARK, from)) {
                    int end = text.indexOf(MARK + "\"", at + 2);
                    out.append(text, from, at).append(rawTokens.get(Integer.parseInt(text.substring(at + 2, end))));
                    from = end + 2;
                }
                text = out.append(text.substring(from)).toString();
            }
            return utf8(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonNode node) {
        return node.isValueNode() ? node.asText() : node.toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a == null ? new byte[0] : a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static byte[] invalidUtf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8("{\"title\": \""));
        out.writeBytes(new byte[]{(byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xA1, (byte) 0xF0, (byte) 0x28, (byte) 0x8C, (byte) 0xBC,
                (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80});
        out.writeBytes(utf8("\"}"));
        return out.toByteArray();
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters (a lone surrogate becomes '?'). */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static UUID uuid(Random random) {
        return new UUID((random.nextLong() & ~0xF000L) | 0x4000L, (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<String> append(List<String> steps, String step) {
        List<String> out = new ArrayList<>(steps);
        out.add(step);
        return List.copyOf(out);
    }

    /** Shortened, with control characters made visible, for reports. */
    public static String printable(String text, int max) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            boolean lone = Character.isHighSurrogate(c) ? !(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
                    : Character.isLowSurrogate(c) && !(i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
            out.append(c < 0x20 || c == 0x7f || lone ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return text.length() > max ? out + "...(" + text.length() + " chars)" : out.toString();
    }

    // ---------------------------------------------------------------------------------------------------------
    // A sample string for simple regular expressions (as OpenAPI documents generated from Bean Validation carry)

    private static final class PatternSample {
        private final String regex;
        private int at;

        private PatternSample(String regex) {
            this.regex = regex;
        }

        static String of(String regex) {
            try {
                String sample = new PatternSample(regex).alternation();
                return Pattern.compile(regex).matcher(sample).matches() ? sample : null;
            } catch (RuntimeException e) {
                return null;
            }
        }

        private String alternation() {
            String first = sequence();
            while (at < regex.length() && regex.charAt(at) == '|') {
                at++;
                sequence();
            }
            return first;
        }

        private String sequence() {
            StringBuilder out = new StringBuilder();
            while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
                String atom = atom();
                int times = quantifier();
                out.append(atom.repeat(times));
            }
            return out.toString();
        }

        private String atom() {
            char c = regex.charAt(at++);
            switch (c) {
                case '(': {
                    if (regex.startsWith("?:", at)) {
                        at += 2;
                    }
                    String inner = alternation();
                    at++; // ')'
                    return inner;
                }
                case '[': {
                    boolean negated = regex.charAt(at) == '^';
                    if (negated) {
                        at++;
                    }
                    String first = null;
                    for (boolean start = true; start || regex.charAt(at) != ']'; start = false) {
                        char d = regex.charAt(at++);
                        String member = d == '\\' ? escape(regex.charAt(at++)) : String.valueOf(d);
                        if (first == null) {
                            first = member;
                        }
                    }
                    at++; // ']'
                    return negated ? "\u00E9" : first;
                }
                case '\\':
                    return escape(regex.charAt(at++));
                case '.':
                    return "a";
                case '^':
                case '$':
                    return "";
                default:
                    return String.valueOf(c);
            }
        }

        private static String escape(char c) {
            return switch (c) {
                case 'd' -> "0";
                case 'w' -> "a";
                case 's' -> " ";
                case 'S', 'D', 'W' -> "x";
                default -> String.valueOf(c);
            };
        }

        private int quantifier() {
            if (at >= regex.length()) {
                return 1;
            }
            char c = regex.charAt(at);
            int times;
            if (c == '?' || c == '*') {
                at++;
                times = 0;
            } else if (c == '+') {
                at++;
                times = 1;
            } else if (c == '{') {
                int end = regex.indexOf('}', at);
                String[] bounds = regex.substring(at + 1, end).split(",", -1);
                at = end + 1;
                times = Integer.parseInt(bounds[0].trim());
            } else {
                return 1;
            }
            if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
                at++;
            }
            return times;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Checking and counting the answers

    /** What must never appear in an error response: stack traces, class names, library internals. */
    public static final List<String> LEAK_MARKERS = List.of("Exception", "java.", "javax.", "jakarta.", "org.hibernate",
            "org.postgresql", "com.fasterxml", "io.quarkus", "io.vertx", "io.smallrye", "at id.jembatan", "\tat ", "Caused by:",
            "SQLState", "ERROR: ");

    /** @return why the answer breaks the conventions, or null when it keeps them */
    public static String violation(int status, String contentType, String body, Map<String, String> headers) {
        if (headers != null && headers.keySet().stream().anyMatch(h -> h.equalsIgnoreCase("X-Injected"))) {
            return "a header was injected into the response";
        }
        if (status <= 0) {
            return "no HTTP answer: " + printable(body, 200);
        }
        if (status >= 500) {
            return "status " + status;
        }
        if (status < 400) {
            return null;
        }
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
            return "a " + status + " with content type " + contentType + " instead of application/problem+json";
        }
        String text = body == null ? "" : body;
        for (String marker : LEAK_MARKERS) {
            if (text.contains(marker)) {
                return "the " + status + " problem leaks '" + marker.trim() + "'";
            }
        }
        try {
            JsonNode problem = JSON.readTree(text);
            if (problem == null || !problem.hasNonNull("status") || !problem.hasNonNull("title")) {
                return "a " + status + " problem without status or title";
            }
            if (problem.get("status").asInt() != status) {
                return "a " + status + " problem that says status " + problem.get("status");
            }
        } catch (IOException e) {
            return "a " + status + " problem that is not JSON";
        }
        return null;
    }

    /** Counts answers by status and collects those that break the conventions. */
    public static final class Tally {
        private final String name;
        private final Map<Integer, Integer> byStatus = new TreeMap<>();
        private final Map<String, List<String>> violations = new LinkedHashMap<>();
        private int sent;
        private int violationCount;
        private long firstNanos;
        private long lastNanos;
        private final Map<String, long[]> byOperation = new TreeMap<>();

        public Tally(String name) {
            this.name = name;
        }

        /** Records one answer; returns the violation (also kept), or null. */
        public String record(Request request, Reply reply) {
            lastNanos = System.nanoTime();
            if (sent++ == 0) {
                firstNanos = lastNanos;
            }
            byStatus.merge(reply.status(), 1, Integer::sum);
            String violation = violation(reply.status(), reply.contentType(), reply.body(), reply.headers());
            if (violation != null) {
                violationCount++;
                List<String> examples = violations.computeIfAbsent(request.operation() + ": " + violation, k -> new ArrayList<>());
                if (examples.size() < 3) {
                    examples.add(request + "\n      -> " + reply.status() + " " + reply.contentType() + " "
                            + printable(reply.body(), 400));
                }
            }
            return violation;
        }

        /** Sends every request with {@code sender} and records the answers, with the time each operation took. */
        public Tally run(Collection<Request> requests, Function<Request, Reply> sender) {
            for (Request request : requests) {
                long start = System.nanoTime();
                Reply reply = sender.apply(request);
                long[] stats = byOperation.computeIfAbsent(request.operation(), k -> new long[2]);
                stats[0]++;
                stats[1] += System.nanoTime() - start;
                record(request, reply);
            }
            return this;
        }

        public int sent() {
            return sent;
        }

        public int count(int statusClass) {
            return byStatus.entrySet().stream().filter(e -> e.getKey() / 100 == statusClass).mapToInt(Map.Entry::getValue).sum();
        }

        public Map<Integer, Integer> byStatus() {
            return Collections.unmodifiableMap(byStatus);
        }

        /** One line per kind of violation (operation and what was wrong), with up to three example requests. */
        public List<String> violations() {
            List<String> out = new ArrayList<>();
            violations.forEach((kind, examples) -> out.add(kind + "\n    " + String.join("\n    ", examples)));
            return out;
        }

        public int violationCount() {
            return violationCount;
        }

        public String summary() {
            StringBuilder operations = new StringBuilder();
            byOperation.forEach((operation, stats) -> operations.append(String.format("%n    %-45s %4d requests %6.1f s",
                    operation, stats[0], stats[1] / 1e9)));
            return String.format("%s: %d requests sent in %.1f s; 2xx=%d 3xx=%d 4xx=%d 5xx=%d; by status %s; %d violations%s",
                    name, sent, (lastNanos - firstNanos) / 1e9, count(2), count(3), count(4), count(5), byStatus, violationCount,
                    operations);
        }
    }
}
