package id.jembatan.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/** The region a caller is confined to: a regional officer's own region; empty for roles that see every region. */
public final class CallerRegion {

    private CallerRegion() {
    }

    public static Optional<String> confinedTo(SecurityIdentity identity, JsonWebToken token) {
        if (identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.VIEWER) || identity.hasRole(Roles.MINISTRY_REVIEWER)) {
            return Optional.empty();
        }
        return Optional.of(claim(token));
    }

    /** The {@code region_code} claim, or "" when the token has none (which matches no region). */
    public static String claim(JsonWebToken token) {
        Object claim = token == null ? null : token.getClaim(Roles.REGION_CLAIM);
        return claim == null ? "" : claim.toString().replace("\"", "");
    }
}
