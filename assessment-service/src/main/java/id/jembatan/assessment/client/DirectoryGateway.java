package id.jembatan.assessment.client;

import id.jembatan.assessment.client.api.ApiException;
import id.jembatan.assessment.client.api.CountriesApi;
import id.jembatan.assessment.client.api.OrganisationsApi;
import id.jembatan.assessment.client.api.RegionsApi;
import id.jembatan.assessment.client.directory.model.CodeScheme;
import id.jembatan.assessment.client.directory.model.Country;
import id.jembatan.assessment.client.directory.model.Organisation;
import id.jembatan.assessment.client.directory.model.Region;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * directory-service: regions' profiles (budget revenue), countries (blocs, diplomatic relations), organisations.
 * An unknown code is an answer (empty); anything else escapes as an outage. agreements-service has a gateway of
 * the same shape over its own generated client: the generated types differ per service, and a shared module for
 * twenty lines would couple the two services' builds, so the duplication is the cheaper side.
 *
 * <p>Answers, unknown codes included, are kept for a minute ({@value #CACHE}): reference data changes rarely, an
 * assessment asks for the same regions and countries again and again, and under load those calls were what timed
 * out and opened the circuit breaker. A failure is never kept.
 */
@ApplicationScoped
public class DirectoryGateway {

    static final String CACHE = "directory";

    @RestClient
    RegionsApi regions;

    @RestClient
    CountriesApi countries;

    @RestClient
    OrganisationsApi organisations;

    /** Accept-Language left out: the problem texts of the services called are read by this code, never shown to a person. */
    private static final String NO_LANGUAGE = null;

    @Timeout(value = 1, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, jitter = 50)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @CacheResult(cacheName = CACHE)
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
    @CacheResult(cacheName = CACHE)
    public Optional<Country> country(String code) {
        try {
            return Optional.of(countries.getCountry(code, NO_LANGUAGE));
        } catch (ApiException e) {
            return answered(e);
        }
    }

    @Timeout(value = 1, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, jitter = 50)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @CacheResult(cacheName = CACHE)
    public Optional<Organisation> organisation(String idOrKey) {
        try {
            return Optional.of(organisations.getOrganisation(idOrKey, NO_LANGUAGE));
        } catch (ApiException e) {
            return answered(e);
        }
    }

    private static <T> Optional<T> answered(ApiException e) {
        int status = Statuses.of(e);
        if (status < 500) {
            return Optional.empty();
        }
        throw new IllegalStateException("directory-service answered " + status);
    }
}
