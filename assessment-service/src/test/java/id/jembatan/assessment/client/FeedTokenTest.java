package id.jembatan.assessment.client;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The change feed's token comes from the identity provider's token endpoint by client credentials, and a new one
 * is fetched before the held one expires: here a stub endpoint hands out tokens that live 62 s, which is within
 * {@link FeedToken#RENEW_BEFORE} of their end after two seconds.
 */
@QuarkusTest
@TestProfile(FeedTokenTest.WithTokenEndpoint.class)
class FeedTokenTest {

    @Inject
    FeedToken feedToken;

    @Test
    void theTokenComesByClientCredentialsAndIsRenewedBeforeItExpires() throws InterruptedException {
        assertTrue(feedToken.available());
        String first = feedToken.current().orElseThrow();
        assertEquals(first, feedToken.current().orElseThrow(), "a token that is not about to expire is kept");
        assertEquals(1, TokenEndpoint.REQUESTS.size());
        String request = TokenEndpoint.REQUESTS.get(0);
        assertTrue(request.contains("grant_type=client_credentials"), request);
        assertTrue(request.contains("jembatan-service"), request);

        Thread.sleep(2_500);
        String renewed = feedToken.current().orElseThrow();
        assertTrue(!renewed.equals(first), "renewed within a minute of its end: " + renewed);
        assertEquals(2, TokenEndpoint.REQUESTS.size());
    }

    public static class WithTokenEndpoint implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(TokenEndpoint.class));
        }
    }

    /** A token endpoint answering each client-credentials request with a new token that lives 62 seconds. */
    public static class TokenEndpoint implements QuarkusTestResourceLifecycleManager {

        static final List<String> REQUESTS = new CopyOnWriteArrayList<>();

        private HttpServer server;

        @Override
        public Map<String, String> start() {
            AtomicInteger issued = new AtomicInteger();
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/token", exchange -> {
                String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String basic = exchange.getRequestHeaders().getFirst("Authorization");
                REQUESTS.add(form + " " + (basic == null ? "" : new String(java.util.Base64.getDecoder()
                        .decode(basic.substring("Basic ".length())), StandardCharsets.UTF_8)));
                byte[] body = ("{\"access_token\":\"feed-token-" + issued.incrementAndGet()
                        + "\",\"token_type\":\"Bearer\",\"expires_in\":62}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/token";
            return Map.of("jembatan.assessment.feed-token-url", url, "quarkus.oidc-client.token-path", url,
                    "quarkus.oidc-client.credentials.secret", "feed-secret");
        }

        @Override
        public void stop() {
            if (server != null) {
                server.stop(0);
            }
        }
    }
}
