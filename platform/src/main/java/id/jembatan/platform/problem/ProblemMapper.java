package id.jembatan.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import id.jembatan.platform.web.Echo;
import id.jembatan.platform.web.RequestIds;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import java.util.stream.Collectors;

/**
 * The one place where failures become RFC 9457 responses. Nothing below ever puts a stack trace, an exception
 * message from a library or a class name into a response.
 */
public class ProblemMapper {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        return respond(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v.getPropertyPath()), v.getMessage(), echo(v.getInvalidValue())))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(ProblemException.invalid(errors), headers, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return respond(fromJackson(e), headers, uri);
    }

    /** Declared one by one because Quarkus ships mappers for these that would echo Java class names. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return respond(fromJackson(e), headers, uri);
    }

    @ServerExceptionMapper
    public Response unmappableJson(JsonMappingException e, HttpHeaders headers, UriInfo uri) {
        return respond(fromJackson(e), headers, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, HttpHeaders headers, UriInfo uri) {
        return respond(fromJackson(e), headers, uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return respond(unauthorized(), headers, uri);
    }

    @ServerExceptionMapper
    public Response badCredentials(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        return respond(unauthorized(), headers, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return respond(new ProblemException(403, "forbidden"), headers, uri);
    }

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e, HttpHeaders headers, UriInfo uri) {
        return respond(new ProblemException(412, "precondition-failed-concurrent"), headers, uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return respond(fromJackson(json), headers, uri);
        }
        if (cause instanceof ProblemException problem) {
            return respond(problem, headers, uri);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        ProblemException problem = new ProblemException(status, httpCode(status));
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            problem.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return respond(problem, headers, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            // A refusal raised while a body was being read (BodyGuard) arrives wrapped by the reader that was reading.
            if (t instanceof ProblemException problem) {
                return respond(problem, headers, uri);
            }
        }
        if (sqlStateClass(e, "22")) {
            // A data exception (invalid byte sequence, date or number out of range): the input was the problem.
            return respond(new ProblemException(400, "value-out-of-range"), headers, uri);
        }
        if (databaseUnreachable(e)) {
            LOG.warnf("Database unreachable on %s: %s", uri == null ? "?" : uri.getPath(), e.toString());
            return respond(new ProblemException(503, "unavailable", new Messages.Key("database")).header("Retry-After", "5"), headers, uri);
        }
        LOG.errorf(e, "Unexpected failure on %s", uri == null ? "?" : uri.getPath());
        return respond(new ProblemException(500, "internal"), headers, uri);
    }

    static boolean sqlStateClass(Throwable e, String stateClass) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith(stateClass)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A lost or refused database connection (SQL state class 08, a pool that cannot hand out a connection) or a
     * server shutting down under a transaction (57P, which the transaction manager reports as a failed commit
     * with the driver's error among the suppressed exceptions) is an outage the caller can retry, not a bug.
     */
    static boolean databaseUnreachable(Throwable e) {
        return databaseUnreachable(e, 0);
    }

    private static boolean databaseUnreachable(Throwable e, int depth) {
        for (Throwable t = e; t != null && depth < 8; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            String name = t.getClass().getName();
            // Agroal reports a saturated pool as a plain SQLException without SQL state, "Sorry, acquisition
            // timeout!", and a connection it could not open in time as "Acquisition timeout while waiting ...".
            if (name.endsWith("JDBCConnectionException")
                    || (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout"))) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (databaseUnreachable(suppressed, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Also used outside JAX-RS (for example by the body-size route filter). */
    public static Problem toProblem(ProblemException e, Locale locale, String instance) {
        String title = Messages.text(locale, "problem." + e.code() + ".title");
        Object[] arguments = e.arguments();
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = localise(arguments[i], locale);
        }
        String detail = Messages.text(locale, "problem." + e.code() + ".detail", arguments);
        java.util.Map<String, Object> extensions = new java.util.LinkedHashMap<>();
        e.extensions().forEach((name, value) -> extensions.put(name, localise(value, locale)));
        return new Problem("urn:jembatan:problem:" + e.code(), title == null ? e.code() : title, e.status(), detail,
                instance, RequestIds.current(), localise(e.fieldErrors(), locale), extensions);
    }

    private static Object localise(Object value, Locale locale) {
        if (value instanceof Messages.Key key) {
            String text = Messages.text(locale, key.key());
            return text == null ? key.key() : text;
        }
        if (value instanceof List<?> list && list.stream().anyMatch(Messages.Key.class::isInstance)) {
            return list.stream().map(item -> localise(item, locale)).toList();
        }
        return value;
    }

    private static Response respond(ProblemException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.locale(headers);
        Response.ResponseBuilder response = Response.status(e.status())
                .type(MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .entity(toProblem(e, locale, uri == null ? null : uri.getRequestUri().getRawPath()));
        e.headers().forEach(response::header);
        return response.build();
    }

    /** Messages that start with {@code {key}} are looked up; Bean Validation messages arrive already interpolated. */
    private static List<Problem.FieldError> localise(List<Problem.FieldError> errors, Locale locale) {
        List<Problem.FieldError> out = new ArrayList<>(errors.size());
        for (Problem.FieldError error : errors) {
            String message = error.message();
            int end = message == null ? -1 : message.indexOf('}');
            if (message != null && message.startsWith("{") && end > 0) {
                String key = message.substring(1, end);
                String text = Messages.text(locale, key);
                message = (text == null ? key : text) + message.substring(end + 1);
            }
            out.add(new Problem.FieldError(error.field(), message, error.rejectedValue()));
        }
        return out;
    }

    private static ProblemException unauthorized() {
        return new ProblemException(401, "unauthorized").header("WWW-Authenticate", "Bearer");
    }

    /** Every refusal of a body names where it went wrong: a field's path, or {@code body} for the document itself. */
    static ProblemException fromJackson(JsonProcessingException e) {
        if (e.getClass() == JsonMappingException.class && e.getCause() instanceof StreamReadException read) {
            // A syntax error inside a nested value arrives wrapped; the parser's own position is the precise one.
            return fromJackson(read);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return ProblemException.invalid(path(unknown), "{field.unknown}", null);
        }
        if (e instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            String message = target != null && target.isEnum()
                    ? "{field.enum}: " + Arrays.stream(target.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "))
                    : "{field.type}";
            return ProblemException.invalid(path(format), message, echo(format.getValue()));
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return ProblemException.invalid(path(mismatch), "{field.type}", echo(scalarAt(mismatch)));
        }
        if (e instanceof StreamReadException read && read.getProcessor() != null) {
            String field = path(read.getProcessor().getParsingContext());
            if (read.getOriginalMessage() != null && read.getOriginalMessage().startsWith("Duplicate field")) {
                return ProblemException.invalid(field, "{field.duplicate}", null);
            }
            if (read instanceof InputCoercionException) {
                return ProblemException.invalid(field, "{field.type}", null);
            }
            return malformed(field);
        }
        return malformed("body");
    }

    /** Jackson names a refused text in its message only: {@code Cannot coerce String value ("two") to ...}. */
    private static final java.util.regex.Pattern REFUSED_TEXT = java.util.regex.Pattern.compile("String value \\(\"(.*?)\"\\)");

    /** The text a coercion refused ({@code "two"} for a count), when the refusal names it. */
    private static Object scalarAt(JsonMappingException e) {
        java.util.regex.Matcher refused = REFUSED_TEXT.matcher(String.valueOf(e.getOriginalMessage()));
        return refused.find() ? refused.group(1) : null;
    }

    private static ProblemException malformed(String field) {
        return new ProblemException(400, "malformed-json", List.of(new Problem.FieldError(field, "{field.syntax}", null)));
    }

    /** Where the parser stood: {@code costBenefit.costs[2].year}, or {@code body} outside any object or array. */
    private static String path(JsonStreamContext context) {
        java.util.Deque<String> steps = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                steps.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                steps.push(c.getCurrentName());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String step : steps) {
            if (!out.isEmpty() && !step.startsWith("[")) {
                out.append('.');
            }
            out.append(step);
        }
        return out.isEmpty() ? "body" : out.toString();
    }

    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }

    /** Drops the resource method's name from a validation path: {@code create.request.name} becomes {@code name}. */
    static String field(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            String name = node.getName();
            // An element's position belongs to its container, the node before it: codes[0].scheme; a map's key is
            // a member, as the JSON reads and as parse errors name it: clauses.ENVIRONMENTAL_PROTECTION.present.
            if (node.isInIterable() && !names.isEmpty()) {
                String container = names.get(names.size() - 1);
                if (node.getIndex() != null) {
                    names.set(names.size() - 1, container + "[" + node.getIndex() + "]");
                } else if (node.getKey() != null) {
                    names.set(names.size() - 1, container + "." + node.getKey());
                }
            }
            if (name != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                names.add(name);
            }
        }
        if (names.size() > 1 && isParameter(path)) {
            names.remove(0);
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    private static boolean isParameter(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                return true;
            }
        }
        return false;
    }

    private static Object echo(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof CharSequence text && text.length() <= Echo.MAX_LENGTH) {
            return text.toString();
        }
        return null;
    }

    private static String httpCode(int status) {
        return switch (status) {
            case 404 -> "not-found-resource";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            default -> "bad-request";
        };
    }

}
