package id.jembatan.client;

import java.net.http.HttpRequest;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Puts a bearer token on every request of a generated client: {@code apiClient.setRequestInterceptor(BearerToken.from(tokens))}.
 * The supplier is asked on every request, so it can hand out a refreshed token from the identity provider; a
 * supplier that answers null or blank leaves the request anonymous (the public reads need no token).
 */
public final class BearerToken {

    private BearerToken() {
    }

    public static Consumer<HttpRequest.Builder> from(Supplier<String> tokens) {
        Objects.requireNonNull(tokens, "tokens");
        return request -> {
            String token = tokens.get();
            if (token != null && !token.isBlank()) {
                request.setHeader("Authorization", "Bearer " + token.strip());
            }
        };
    }

    /** The same, chained before another interceptor (for example one that sets a request id). */
    public static Consumer<HttpRequest.Builder> from(Supplier<String> tokens, Consumer<HttpRequest.Builder> next) {
        return from(tokens).andThen(Objects.requireNonNull(next, "next"));
    }
}
