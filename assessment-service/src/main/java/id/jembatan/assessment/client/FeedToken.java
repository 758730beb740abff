package id.jembatan.assessment.client;

import id.jembatan.assessment.config.AssessmentConfig;
import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The token this service presents to agreements-service when no caller's token is at hand (following the change
 * feed). With a token endpoint configured it is the identity provider's, by client credentials (Keycloak's
 * {@code jembatan-service}, a read-only service account), fetched when first needed and again before it expires;
 * a token of the identity provider lives hours, and a follower with an expired one would silently stop marking
 * assessments stale. Without one it is the fixed token of the configuration (tests, or a deployment that rotates
 * it itself).
 */
@ApplicationScoped
public class FeedToken {

    /** Renewed this long before it expires, so that a poll never starts with a token about to lapse. */
    static final Duration RENEW_BEFORE = Duration.ofMinutes(1);

    @Inject
    AssessmentConfig config;

    @Inject
    OidcClient identityProvider;

    private volatile Tokens held;

    /** Whether this service has a way to a token at all. */
    public boolean available() {
        return config.feedTokenUrl().isPresent() || config.feedToken().isPresent();
    }

    /** The token to present now; an unreachable identity provider is an exception, as any outage. */
    public Optional<String> current() {
        if (config.feedTokenUrl().isEmpty()) {
            return config.feedToken();
        }
        Tokens tokens = held;
        if (tokens == null || expiresSoon(tokens)) {
            synchronized (this) {
                tokens = held;
                if (tokens == null || expiresSoon(tokens)) {
                    tokens = identityProvider.getTokens().await().atMost(Duration.ofSeconds(5));
                    held = tokens;
                }
            }
        }
        return Optional.of(tokens.getAccessToken());
    }

    private static boolean expiresSoon(Tokens tokens) {
        Long expiresAt = tokens.getAccessTokenExpiresAt();
        return expiresAt != null && Instant.now().plus(RENEW_BEFORE).isAfter(Instant.ofEpochSecond(expiresAt));
    }
}
