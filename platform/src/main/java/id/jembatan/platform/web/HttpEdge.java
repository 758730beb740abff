package id.jembatan.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.platform.problem.Messages;
import id.jembatan.platform.problem.Problem;
import id.jembatan.platform.problem.ProblemException;
import id.jembatan.platform.problem.ProblemMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The first handlers of every request: give it its id (so that even a refused request can be traced), refuse a
 * request line or headers beyond the limits, then refuse an oversized body from its declared length, before a byte
 * of it is read, and a body that does not say what it is. The HTTP codec's own limits are set higher (see the
 * platform's configuration), so that these refusals are problem documents.
 */
@ApplicationScoped
public class HttpEdge {

    @Inject
    HttpLimitsConfig limits;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(-1000).handler(this::assignRequestId);
        router.route().order(-999).handler(this::limitRequestHead);
        router.route().order(-998).handler(this::limitBody);
    }

    private void limitRequestHead(RoutingContext context) {
        if (context.request().uri().length() > limits.maxUriLength()) {
            refuse(context, new ProblemException(414, "uri-too-long", limits.maxUriLength()));
            return;
        }
        long size = 0;
        for (Map.Entry<String, String> header : context.request().headers()) {
            size += header.getKey().length() + header.getValue().length();
            if (hasControlCharacter(header.getKey()) || hasControlCharacter(header.getValue())) {
                refuse(context, new ProblemException(400, "invalid-header",
                        List.of(new Problem.FieldError(printable(header.getKey()), "{field.control-character}", null))));
                return;
            }
        }
        if (size > limits.maxHeaderBytes()) {
            refuse(context, new ProblemException(431, "headers-too-large", limits.maxHeaderBytes()));
            return;
        }
        context.next();
    }

    /**
     * A control character (other than a tab) or DEL has no place in a header (RFC 9110, section 5.5); the codec's
     * own check is switched off so that the refusal is a problem document (see {@link ServiceMain}).
     */
    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** A header's name as the problem may repeat it: control characters shown as '?', cut as every echo is. */
    static String printable(String name) {
        String shown = Echo.cut(name);
        StringBuilder out = new StringBuilder(shown.length());
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        return out.toString();
    }

    private void assignRequestId(RoutingContext context) {
        String id = RequestIds.adopt(context.request().getHeader(RequestIds.HEADER));
        context.response().putHeader(RequestIds.HEADER, id);
        context.next();
    }

    private void limitBody(RoutingContext context) {
        String declared = context.request().getHeader("Content-Length");
        long limit = limits.maxBodyBytesFor(context.normalizedPath());
        String uri = context.request().uri();
        if (uri.contains("%00") || uri.contains("%u0000")) {
            refuse(context, new ProblemException(400, "nul-character"));
            return;
        }
        // A body without a declared length could only be measured while it is read, after the limit should have
        // stopped it; ordinary endpoints therefore ask for the length up front (bulk uploads may stream).
        if (declared == null && limit == limits.maxBodyBytes() && carriesBody(context.request().method())) {
            refuse(context, new ProblemException(411, "length-required", limit));
            return;
        }
        if (declared != null && exceeds(declared, limit)) {
            refuse(context, new ProblemException(413, "payload-too-large", limit));
            return;
        }
        if (hasBody(context.request(), declared) && context.request().getHeader("Content-Type") == null) {
            refuse(context, new ProblemException(415, "content-type-required",
                    List.of(new Problem.FieldError("Content-Type", "{field.required}", null))));
            return;
        }
        context.next();
    }

    private static boolean hasBody(io.vertx.core.http.HttpServerRequest request, String declared) {
        if (declared != null) {
            return !declared.trim().equals("0");
        }
        return request.getHeader("Transfer-Encoding") != null;
    }

    private static boolean carriesBody(io.vertx.core.http.HttpMethod method) {
        return method == io.vertx.core.http.HttpMethod.POST || method == io.vertx.core.http.HttpMethod.PUT
                || method == io.vertx.core.http.HttpMethod.PATCH;
    }

    private void refuse(RoutingContext context, ProblemException problem) {
        Locale locale = Messages.locale(context.request().getHeader("Accept-Language"));
        context.response()
                .setStatusCode(problem.status())
                .putHeader("Content-Type", ProblemMapper.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .end(write(ProblemMapper.toProblem(problem, locale, context.request().path())));
    }

    private String write(Object problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean exceeds(String declared, long limit) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
