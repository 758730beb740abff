package id.jembatan.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An error answer of a Jembatan service, decoded from its RFC 9457 problem document. {@link #type()} names the
 * problem ({@code urn:jembatan:problem:*}, listed in the contracts and in docs/INTEGRATION.md); the members a problem
 * type carries besides the standard ones ({@code state}, {@code allowedActions}, {@code missing}, {@code errors},
 * {@code regionId}, …) are kept as JSON in {@link #members()}, readable typed with {@link #member(String, Class)}
 * or, with the generated model of the problem type, with {@link #as(Class, ObjectMapper)}.
 *
 * <p>An error answer that is not a problem document (a proxy's page, an empty body) still becomes this exception,
 * with type {@code about:blank}, the HTTP status and the body as detail.
 */
public class JembatanProblemException extends RuntimeException {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> STANDARD = Set.of("type", "title", "status", "detail", "instance");

    private final String type;
    private final String title;
    private final int status;
    private final String detail;
    private final String instance;
    private final Map<String, JsonNode> members;
    private final HttpHeaders headers;
    private final String body;

    private JembatanProblemException(String type, String title, int status, String detail, String instance,
                                     Map<String, JsonNode> members, HttpHeaders headers, String body, Throwable cause) {
        super(status + " " + type + (detail == null ? "" : ": " + detail), cause);
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.members = Collections.unmodifiableMap(members);
        this.headers = headers;
        this.body = body;
    }

    /**
     * @param status the HTTP status of the answer (the document's own {@code status} is used only when this is unknown, 0)
     * @param cause  the generated client's exception, kept as the cause
     */
    /**
     * The problem of a generated client's failed call, from the parts every generated {@code ApiException} carries.
     *
     * @throws UncheckedIOException     when the call never got an answer (status 0: the service is unreachable)
     * @throws IllegalArgumentException when the generated client refused to send the call (no answer headers: a
     *                                  required parameter such as If-Match is missing)
     */
    public static JembatanProblemException ofFailedCall(int status, HttpHeaders headers, String body, Exception cause) {
        if (status == 0) {
            throw new UncheckedIOException(cause.getMessage(),
                    cause.getCause() instanceof IOException io ? io : new IOException(cause));
        }
        if (headers == null) {
            throw new IllegalArgumentException(cause.getMessage(), cause);
        }
        return from(status, headers, body, cause);
    }

    public static JembatanProblemException from(int status, HttpHeaders headers, String body, Throwable cause) {
        HttpHeaders known = headers == null ? HttpHeaders.of(Map.of(), (name, value) -> true) : headers;
        Optional<ObjectNode> document = parse(body);
        if (document.isEmpty()) {
            return new JembatanProblemException("about:blank", null, status, body == null || body.isBlank() ? null : body,
                    null, Map.of(), known, body, cause);
        }
        ObjectNode problem = document.get();
        Map<String, JsonNode> members = new LinkedHashMap<>();
        problem.fields().forEachRemaining(field -> {
            if (!STANDARD.contains(field.getKey())) {
                members.put(field.getKey(), field.getValue());
            }
        });
        return new JembatanProblemException(text(problem, "type").orElse("about:blank"), text(problem, "title").orElse(null),
                status > 0 ? status : problem.path("status").asInt(), text(problem, "detail").orElse(null),
                text(problem, "instance").orElse(null), members, known, body, cause);
    }

    private static Optional<ObjectNode> parse(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode problem, String name) {
        JsonNode value = problem.get(name);
        return value == null || !value.isTextual() ? Optional.empty() : Optional.of(value.asText());
    }

    /** @return the problem type, e.g. {@code urn:jembatan:problem:invalid-transition}; {@code about:blank} when untyped */
    public String type() {
        return type;
    }

    public boolean is(String problemType) {
        return type.equals(problemType);
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    public String instance() {
        return instance;
    }

    /** @return the members besides type, title, status, detail and instance, in the order the service sent them */
    public Map<String, JsonNode> members() {
        return members;
    }

    /** @return the member converted to {@code type} (e.g. {@code List.class}, {@code String.class}), or empty when absent */
    public <T> Optional<T> member(String name, Class<T> type) {
        JsonNode value = members.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(JSON.convertValue(value, type));
    }

    /** Decodes the whole document into a generated model, e.g. the contract's schema of this problem type. */
    public <T> T as(Class<T> model, ObjectMapper mapper) {
        try {
            return mapper.readValue(body, model);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The problem document does not decode as " + model.getSimpleName(), e);
        }
    }

    /** @return the answer's headers, e.g. {@code ETag} of the current version with a 412, {@code Retry-After} with a 503 */
    public HttpHeaders headers() {
        return headers;
    }

    /** @return the raw body of the answer */
    public String body() {
        return body;
    }
}
