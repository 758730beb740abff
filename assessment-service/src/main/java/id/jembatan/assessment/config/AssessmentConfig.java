package id.jembatan.assessment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

@ConfigMapping(prefix = "jembatan.assessment")
public interface AssessmentConfig {

    /**
     * The token this service presents to agreements-service when no caller's token is at hand (following the
     * change feed). A viewer token: it only reads.
     */
    Optional<String> feedToken();

    /**
     * The identity provider's token endpoint: when set, the feed token is obtained there by client credentials
     * (quarkus.oidc-client.*) and renewed before it expires, and {@link #feedToken()} is not used.
     */
    Optional<String> feedTokenUrl();

    /** How often the change feed is polled (read by the scheduler). */
    @WithDefault("2s")
    String feedInterval();

    /** Whether an assessment first brings the projection up to the feed (ChangeFollower.catchUp). */
    @WithDefault("true")
    boolean catchUpBeforeAssessing();

    /** Changes read per poll of the feed. */
    @WithDefault("500")
    int feedBatch();

    /** Assessments and previews computed at once; more wait (see AssessmentSlots). About twice the cores. */
    @WithDefault("4")
    int concurrentAssessments();

    /** How long an assessment waits for its turn before it is answered 503. */
    @WithDefault("10s")
    java.time.Duration assessmentWait();
}
