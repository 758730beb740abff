package id.jembatan.platform.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

@ConfigMapping(prefix = "jembatan.http")
public interface HttpLimitsConfig {

    /** Largest request body accepted on ordinary endpoints. */
    @WithDefault("1048576")
    long maxBodyBytes();

    /** Paths (prefixes) that take bulk uploads, such as imports. */
    @WithDefault("/imports")
    List<String> bulkPaths();

    @WithDefault("10485760")
    long bulkMaxBodyBytes();
}
