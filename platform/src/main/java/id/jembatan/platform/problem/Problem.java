package id.jembatan.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An RFC 9457 problem document, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "requestId", "errors"})
@Schema(name = "Problem", description = "RFC 9457 problem details; title and detail follow Accept-Language (en, id). "
        + "Members particular to a problem type sit at the top level, next to the standard ones; the responses that "
        + "carry such members document them in a schema of their own that extends this one.")
public final class Problem {

    @Schema(required = true, example = "urn:jembatan:problem:region-code-not-found",
            description = "The problem type, a URN")
    public final String type;
    @Schema(required = true, example = "Region not found", description = "Short summary of the problem type, in the caller's language")
    public final String title;
    @Schema(required = true, example = "404", description = "The HTTP status code")
    public final int status;
    @Schema(example = "No region has the code 99.99 in scheme KEMENDAGRI.", description = "What went wrong in this occurrence, in the caller's language")
    public final String detail;
    @Schema(example = "/regions/by-code/KEMENDAGRI/99.99", description = "The path of the request")
    public final String instance;
    @Schema(description = "Correlation id of the request, also in the X-Request-Id header and the logs")
    public final String requestId;
    @Schema(description = "One entry per invalid field or parameter")
    public final List<FieldError> errors;
    /** Written at the top level by {@link #extensions()}; the contract documents them per problem type. */
    @Schema(hidden = true)
    private final Map<String, Object> extensions;

    public Problem(String type, String title, int status, String detail, String instance, String requestId,
                   List<FieldError> errors, Map<String, Object> extensions) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.requestId = requestId;
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
        this.extensions = extensions == null ? Map.of() : new LinkedHashMap<>(extensions);
    }

    /** Problem-specific members such as the transitions that are allowed from the current state. */
    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }

    @Schema(name = "FieldError", description = "One invalid field or parameter of a request")
    public record FieldError(
            @Schema(required = true, example = "size", description = "Path of the field in the body (codes[0].scheme), or the parameter's name") String field,
            @Schema(required = true, example = "must be between 1 and 200", description = "What is wrong with it, in the caller's language") String message,
            @Schema(description = "The rejected value, when it is short enough to repeat") Object rejectedValue) {
    }
}
