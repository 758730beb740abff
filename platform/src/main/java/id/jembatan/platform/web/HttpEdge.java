package id.jembatan.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.platform.problem.Messages;
import id.jembatan.platform.problem.ProblemException;
import id.jembatan.platform.problem.ProblemMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.Locale;

/**
 * The first handlers of every request: give it its id (so that even a refused request can be traced), then
 * refuse an oversized body from its declared length, before a byte of it is read. The HTTP layer's own limit,
 * set a little higher, catches bodies sent without a length.
 */
@ApplicationScoped
public class HttpEdge {

    @Inject
    HttpLimitsConfig limits;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(-1000).handler(this::assignRequestId);
        router.route().order(-999).handler(this::limitBody);
    }

    private void assignRequestId(RoutingContext context) {
        String id = RequestIds.adopt(context.request().getHeader(RequestIds.HEADER));
        context.response().putHeader(RequestIds.HEADER, id);
        context.next();
    }

    private void limitBody(RoutingContext context) {
        String declared = context.request().getHeader("Content-Length");
        long limit = limitFor(context.normalizedPath());
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
        context.next();
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

    private long limitFor(String path) {
        for (String prefix : limits.bulkPaths()) {
            if (path.startsWith(prefix)) {
                return limits.bulkMaxBodyBytes();
            }
        }
        return limits.maxBodyBytes();
    }

    private static boolean exceeds(String declared, long limit) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
