package id.jembatan.assessment.client;

import id.jembatan.platform.problem.ProblemException;
import org.jboss.logging.Logger;

import java.util.function.Supplier;

/** What a failed call to another service means to our caller. */
public final class Downstream {

    private static final Logger LOG = Logger.getLogger(Downstream.class);
    static final String RETRY_AFTER_SECONDS = "10";

    private Downstream() {
    }

    /** Runs a call; a failure that is not an answer becomes a 503 naming the service, with Retry-After. */
    public static <T> T call(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf("%s unavailable: %s", service, e.toString());
            throw new ProblemException(503, "unavailable", service).header("Retry-After", RETRY_AFTER_SECONDS);
        }
    }
}
