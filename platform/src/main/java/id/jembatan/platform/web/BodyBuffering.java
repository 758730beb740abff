package id.jembatan.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.platform.problem.Messages;
import id.jembatan.platform.problem.ProblemException;
import id.jembatan.platform.problem.ProblemMapper;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.RoutingContextInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Reads a request's whole body on the event loop before the request reaches a resource method. A blocking resource
 * method would otherwise read its body on its worker thread, and a client sending a byte a second would hold that
 * worker until the last byte: a few hundred such clients took every worker, and health checks and ordinary reads
 * waited behind them. Buffered here, a slow body costs its bytes and a connection, not a thread; the resource then
 * reads it from memory (Quarkus REST takes a body already on the routing context). Every resource method that
 * takes a body is blocking (a non-blocking one would read the body itself and find it consumed).
 * <p>
 * A body not complete within {@code jembatan.http.body-timeout} is refused with 408 and its connection closed. A
 * client that drops its connection mid-body leaves nothing to answer: that is logged at debug level, not as an error.
 * Bodies beyond the endpoint's limit are refused by their declared length in {@link HttpEdge}; a body sent without
 * a length is counted here, and past the bulk limit refused with 413.
 */
@ApplicationScoped
public class BodyBuffering {

    private static final Logger LOG = Logger.getLogger(BodyBuffering.class);

    @Inject
    HttpLimitsConfig limits;

    @Inject
    ObjectMapper json;

    @Inject
    Vertx vertx;

    void install(@Observes Router router) {
        // After HttpEdge's checks (-1000 to -998), which refuse from the headers alone.
        router.route().order(-990).handler(this::buffer);
    }

    private void buffer(RoutingContext context) {
        HttpServerRequest request = context.request();
        // HTTP/2 (h2c, which the JDK's HttpClient upgrades to) ends the request before RESTEasy pauses it, which
        // then fails with "Request has already been read"; its streams have their own flow control, so they are
        // left to the framework.
        if (request.isEnded() || !announcesBody(request) || request.version() == io.vertx.core.http.HttpVersion.HTTP_2) {
            context.next();
            return;
        }
        // A declared length was checked against the endpoint's limit in HttpEdge, and only bulk endpoints take a
        // body without one; the count here keeps such a body within the largest limit while it is held in memory.
        long limit = limits.bulkMaxBodyBytes();
        Buffer body = Buffer.buffer();
        Duration timeout = limits.bodyTimeout();
        long deadline = vertx.setTimer(timeout.toMillis(), id -> {
            if (!request.isEnded() && !context.response().ended()) {
                refuse(context, new ProblemException(408, "request-timeout", timeout.toSeconds()));
            }
        });
        request.handler(chunk -> {
            if (context.response().ended()) {
                return;
            }
            if (body.length() + chunk.length() > limit) {
                vertx.cancelTimer(deadline);
                refuse(context, new ProblemException(413, "payload-too-large", limit));
                return;
            }
            body.appendBuffer(chunk);
        });
        request.exceptionHandler(failure -> {
            vertx.cancelTimer(deadline);
            LOG.debugf("Request body not received completely on %s: %s", request.path(), failure.toString());
        });
        request.endHandler(end -> {
            vertx.cancelTimer(deadline);
            if (!context.response().ended()) {
                ((RoutingContextInternal) context).setBody(body);
                context.next();
            }
        });
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            context.response().writeContinue();
        }
        request.resume();
    }

    /** Reading a request that has no body would leave nothing for the handlers after this one but an error. */
    private static boolean announcesBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return length != null ? !length.trim().equals("0") : request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    private void refuse(RoutingContext context, ProblemException problem) {
        String document;
        try {
            document = json.writeValueAsString(ProblemMapper.toProblem(problem,
                    Messages.locale(context.request().getHeader("Accept-Language")), context.request().path()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.response()
                .setStatusCode(problem.status())
                .putHeader("Content-Type", ProblemMapper.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .end(document)
                .onComplete(done -> context.request().connection().close());
    }
}
