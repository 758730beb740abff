package id.jembatan.platform.web;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The {@code Location} of a created resource, from configuration and never from the request: a URL built from the
 * Host header would point a client wherever the sender of that header chose. With {@code jembatan.public-base-url}
 * set (the address clients reach the service at, behind any proxy) the location is absolute; without it, it is the
 * path alone, a relative reference that RFC 9110 (section 10.2.2) allows and clients resolve against the URL they
 * called.
 */
public final class Locations {

    public static final String PUBLIC_BASE_URL = "jembatan.public-base-url";

    private Locations() {
    }

    /** @param path the resource's absolute path, such as {@code /agreements/<id>} */
    public static String of(String path) {
        return ConfigProvider.getConfig().getOptionalValue(PUBLIC_BASE_URL, String.class)
                .filter(base -> !base.isBlank())
                .map(base -> join(base, path))
                .orElse(path);
    }

    static String join(String base, String path) {
        String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return trimmed + (path.startsWith("/") ? path : "/" + path);
    }
}
