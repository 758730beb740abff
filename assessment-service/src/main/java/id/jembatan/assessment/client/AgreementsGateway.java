package id.jembatan.assessment.client;

import id.jembatan.assessment.client.api.AgreementsApi;
import id.jembatan.assessment.client.api.ApiException;
import id.jembatan.assessment.client.api.ChangesApi;
import id.jembatan.assessment.client.agreements.model.Agreement;
import id.jembatan.assessment.client.agreements.model.ChangePage;
import id.jembatan.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;

/**
 * agreements-service through its generated client. "Not found" and "not yours" are answers and reach our caller
 * as such; anything else is an outage (503). Each call: at most 3 attempts of 2 s.
 */
@ApplicationScoped
public class AgreementsGateway {

    @RestClient
    AgreementsApi agreements;

    @RestClient
    ChangesApi changes;

    /** Accept-Language left out: agreements-service's problem texts are read by this code, never shown to a person. */
    private static final String NO_LANGUAGE = null;

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProblemException.class)
    public Agreement agreement(String id) {
        try {
            return agreements.getAgreement(id, NO_LANGUAGE);
        } catch (ApiException e) {
            throw answered(e, id);
        }
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProblemException.class)
    public ChangePage changes(long after, int limit) {
        try {
            return changes.readChanges(after, limit, NO_LANGUAGE);
        } catch (ApiException e) {
            throw answered(e, "changes");
        }
    }

    private static RuntimeException answered(ApiException e, String subject) {
        int status = Statuses.of(e);
        return switch (status) {
            case 404 -> ProblemException.notFound("agreement-not-found", subject);
            case 403 -> new ProblemException(403, "agreement-not-accessible");
            case 401 -> new ProblemException(401, "unauthorized");
            default -> new IllegalStateException("agreements-service answered " + status);
        };
    }
}
