package id.jembatan.assessment.client;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Passes the caller's own token on to agreements-service, so it decides with the caller's rights (a regional
 * officer still sees only its region). Outside a request (following the change feed) the service's own
 * read-only token is used ({@link FeedToken}).
 */
public class CallerToken implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        String token = callerToken();
        if (token == null) {
            token = Arc.container().instance(FeedToken.class).get().current().orElse(null);
        }
        if (token != null) {
            request.getHeaders().putSingle("Authorization", "Bearer " + token);
        }
    }

    private static String callerToken() {
        ManagedContext requestContext = Arc.container().requestContext();
        if (!requestContext.isActive()) {
            return null;
        }
        JsonWebToken jwt = Arc.container().instance(JsonWebToken.class).get();
        return jwt == null ? null : jwt.getRawToken();
    }
}
