package id.jembatan.agreements.client;

import id.jembatan.agreements.client.directory.api.ApiException;
import id.jembatan.agreements.client.directory.api.CountriesApi;
import id.jembatan.agreements.client.directory.api.OrganisationsApi;
import id.jembatan.agreements.client.directory.api.RegionsApi;
import id.jembatan.agreements.client.directory.model.CodeScheme;
import id.jembatan.agreements.client.directory.model.Country;
import id.jembatan.agreements.client.directory.model.Organisation;
import id.jembatan.agreements.client.directory.model.Region;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * directory-service through its generated client, with a time budget, retries and a circuit breaker. An
 * unknown code or key is an answer (empty), not a failure; anything else escapes and means "unavailable".
 * Worst case per call: 3 attempts of 1 s plus 2 short pauses, well inside a caller's patience.
 */
@ApplicationScoped
public class DirectoryGateway {

    @RestClient
    RegionsApi regions;

    @RestClient
    OrganisationsApi organisations;

    @RestClient
    CountriesApi countries;

    /** Accept-Language left out: directory-service's problem texts are read by this code, never shown to a person. */
    private static final String NO_LANGUAGE = null;

    @Timeout(value = 1, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, jitter = 50)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public Optional<Region> region(String scheme, String code) {
        try {
            return Optional.of(regions.getRegionByCode(code, CodeScheme.fromValue(scheme), NO_LANGUAGE));
        } catch (ApiException e) {
            return answered(e);
        }
    }

    @Timeout(value = 1, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, jitter = 50)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public Optional<Organisation> organisation(String idOrKey) {
        try {
            return Optional.of(organisations.getOrganisation(idOrKey, NO_LANGUAGE));
        } catch (ApiException e) {
            return answered(e);
        }
    }

    @Timeout(value = 1, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, jitter = 50)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public Optional<Country> country(String code) {
        try {
            return Optional.of(countries.getCountry(code, NO_LANGUAGE));
        } catch (ApiException e) {
            return answered(e);
        }
    }

    /** A 4xx means directory-service answered "no such thing"; a 5xx is an outage like any other. */
    private static <T> Optional<T> answered(ApiException e) {
        if (e.getResponse() == null || e.getResponse().getStatus() < 500) {
            return Optional.empty();
        }
        throw new DirectoryFailure(e);
    }

    /** directory-service answered with a server error. */
    public static final class DirectoryFailure extends RuntimeException {
        DirectoryFailure(ApiException cause) {
            super("directory-service answered " + cause.getResponse().getStatus(), cause, false, false);
        }
    }
}
