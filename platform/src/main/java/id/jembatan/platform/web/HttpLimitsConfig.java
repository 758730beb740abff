package id.jembatan.platform.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "jembatan.http")
public interface HttpLimitsConfig {

    /** Largest request body accepted on ordinary endpoints. */
    @WithDefault("1048576")
    long maxBodyBytes();

    /** Paths (prefixes) that take bulk uploads (directory-service's imports); none unless a service names them. */
    Optional<List<String>> bulkPaths();

    @WithDefault("10485760")
    long bulkMaxBodyBytes();

    /** Longest a request body may take to arrive in full (read on the event loop, see BodyBuffering). */
    @WithDefault("20s")
    Duration bodyTimeout();

    /** The body limit of the endpoint at this path. */
    default long maxBodyBytesFor(String path) {
        for (String prefix : bulkPaths().orElse(List.of())) {
            if (path.startsWith(prefix)) {
                return bulkMaxBodyBytes();
            }
        }
        return maxBodyBytes();
    }

    /**
     * Longest request target (path and query) accepted. The HTTP codec's own limit
     * ({@code quarkus.http.limits.max-initial-line-length}) is set well above it, so that a long URL is refused here
     * with a problem document instead of a bare 414 from below the application.
     */
    @WithDefault("4096")
    int maxUriLength();

    /** Largest sum of header names and values accepted; the codec's {@code max-header-size} is set above it. */
    @WithDefault("20480")
    int maxHeaderBytes();
}
