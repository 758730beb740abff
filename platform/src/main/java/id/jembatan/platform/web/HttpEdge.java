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
        if (declared != null && exceeds(declared, limit)) {
            Locale locale = Messages.locale(context.request().getHeader("Accept-Language"));
            ProblemException problem = new ProblemException(413, "payload-too-large", limit);
            context.response()
                    .setStatusCode(413)
                    .putHeader("Content-Type", ProblemMapper.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end(write(ProblemMapper.toProblem(problem, locale, context.request().path())));
            return;
        }
        context.next();
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
