package id.jembatan.platform.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure the API reports on purpose. {@code code} names the problem type and the message keys
 * ({@code problem.CODE.title}, {@code problem.CODE.detail}) in the service's and the platform's bundles.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final transient Object[] arguments;
    private final transient List<Problem.FieldError> fieldErrors;
    private final transient Map<String, Object> extensions = new LinkedHashMap<>();
    private final transient Map<String, String> headers = new LinkedHashMap<>();

    public ProblemException(int status, String code, Object... arguments) {
        this(status, code, List.of(), arguments);
    }

    public ProblemException(int status, String code, List<Problem.FieldError> fieldErrors, Object... arguments) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.arguments = arguments;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static ProblemException notFound(String code, Object... arguments) {
        return new ProblemException(404, code, arguments);
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(400, "validation", errors);
    }

    public static ProblemException invalid(String field, String message, Object rejected) {
        return invalid(List.of(new Problem.FieldError(field, message, rejected)));
    }

    public ProblemException with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    public ProblemException header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public List<Problem.FieldError> fieldErrors() {
        return fieldErrors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
