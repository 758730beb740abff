package id.jembatan.devtools.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Hostile requests for every operation of an OpenAPI 3.0 document (OWASP API Security Top 10 as checklist):
 * wrong types for every field and parameter, missing required fields, unknown and mass-assigned fields, huge
 * strings and numbers, unicode edge cases, injection strings, malformed JSON, wrong content types, bad path ids
 * and bad enum values. {@code $ref} and {@code allOf} are resolved from the document's components.
 *
 * <p>The fuzzer only describes requests ({@link Request}: method, percent-encoded path and query, headers, content
 * type, body bytes); a test sends them with its own HTTP client, with URL encoding switched off, and hands each
 * answer to a {@link FuzzTally}, which counts it and checks it against the API conventions: never a 5xx, every 4xx
 * an RFC 9457 problem document, never a stack trace or Java class name.
 *
 * <p>Generation is deterministic: the same document, seed and limit give the same requests in the same order
 * (each operation draws from its own {@link Random} derived from the seed). Per operation, the request-level
 * cases (malformed bodies, content types, headers) come first, then the cases of each parameter and body field
 * taken in turns, so that a small limit still touches every field.
 */
public final class ApiFuzzer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    private final long seed;
    private final Map<String, String> knownValues;
    private final SchemaResolver schemas;
    private final ValueSampler values;
    private final JsonBytes json = new JsonBytes();
    private final RequestCases requests;
    private final BodyMutations body;

    private ApiFuzzer(JsonNode document, long seed, Map<String, String> knownValues) {
        this.seed = seed;
        this.knownValues = knownValues;
        this.schemas = new SchemaResolver(document);
        this.values = new ValueSampler(schemas, knownValues);
        this.requests = new RequestCases(schemas, values, json);
        this.body = new BodyMutations(schemas, values, json);
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
                out.append(i == 0 ? "" : "&").append(JsonBytes.encode(p.name()));
                if (p.value() != null) {
                    out.append('=').append(p.raw() ? p.value() : JsonBytes.encode(p.value()));
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
            StringBuilder out = new StringBuilder(method.toUpperCase(Locale.ROOT)).append(' ').append(JsonBytes.printable(uri(), 200))
                    .append("  [").append(JsonBytes.printable(mutation, 120)).append(']');
            if (!headers.isEmpty()) {
                out.append(" headers=").append(JsonBytes.printable(headers.toString(), 200));
            }
            if (contentType != null) {
                out.append(" content-type=").append(JsonBytes.printable(contentType, 80));
            }
            if (body != null) {
                out.append(" body(").append(body.length).append(" bytes)=").append(JsonBytes.printable(bodyText(), 300));
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

    private List<Request> operation(String template, JsonNode pathItem, String method, JsonNode node, int limit) {
        FuzzOperation op = new FuzzOperation(template, pathItem, method, node, schemas, values, json, knownValues);
        Random random = new Random(seed * 31 + (method + " " + template).hashCode());
        FuzzOperation.Draft base = op.baseline();

        List<FuzzOperation.Draft> fixed = new ArrayList<>();
        fixed.add(base.copy("valid baseline"));
        requests.requestCases(op, base, random, fixed);

        List<List<FuzzOperation.Draft>> groups = new ArrayList<>();
        for (FuzzOperation.Parameter p : op.parameters) {
            List<FuzzOperation.Draft> cases = requests.parameterCases(p, base, random);
            List<FuzzOperation.Draft> first = new ArrayList<>();
            List<FuzzOperation.Draft> rest = new ArrayList<>();
            for (FuzzOperation.Draft d : cases) {
                (PRIORITY.stream().anyMatch(d.mutation::endsWith) ? first : rest).add(d);
            }
            groups.add(prioritised(first, rest, random));
        }
        if (op.jsonBody()) {
            List<BodyMutations.Slot> slots = new ArrayList<>();
            body.walk(op.bodySchema, List.of(), "body", 0, false, slots);
            for (BodyMutations.Slot slot : slots) {
                List<FuzzOperation.Draft> first = new ArrayList<>();
                List<FuzzOperation.Draft> rest = new ArrayList<>();
                for (BodyMutations.Mutation m : body.mutations(slot, random)) {
                    FuzzOperation.Draft d = base.copy(slot.label() + ": " + m.label()).json(body.apply(op.bodyBaseline, op.bodySchema, slot.steps(), m.value()));
                    (PRIORITY.contains(m.label()) ? first : rest).add(d);
                }
                groups.add(prioritised(first, rest, random));
            }
        } else if (op.bodyType != null) {
            groups.add(requests.textBodyCases(op, base, random));
        }

        List<Request> out = new ArrayList<>();
        for (FuzzOperation.Draft d : fixed) {
            if (out.size() < limit) {
                out.add(d.build());
            }
        }
        for (int round = 0; out.size() < limit; round++) {
            boolean any = false;
            for (List<FuzzOperation.Draft> group : groups) {
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

    private static List<FuzzOperation.Draft> prioritised(List<FuzzOperation.Draft> first, List<FuzzOperation.Draft> rest, Random random) {
        Collections.shuffle(first, random);
        Collections.shuffle(rest, random);
        List<FuzzOperation.Draft> out = new ArrayList<>(first);
        out.addAll(rest);
        return out;
    }
}
