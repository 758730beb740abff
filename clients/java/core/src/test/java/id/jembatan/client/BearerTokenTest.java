package id.jembatan.client;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BearerTokenTest {

    private static Optional<String> authorization(Consumer<HttpRequest.Builder> interceptor) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost/agreements"));
        interceptor.accept(request);
        return request.build().headers().firstValue("Authorization");
    }

    @Test
    void everyRequestAsksForTheCurrentToken() {
        AtomicInteger issued = new AtomicInteger();
        Consumer<HttpRequest.Builder> interceptor = BearerToken.from(() -> "token-" + issued.incrementAndGet());
        assertEquals(Optional.of("Bearer token-1"), authorization(interceptor));
        assertEquals(Optional.of("Bearer token-2"), authorization(interceptor));
    }

    @Test
    void noTokenLeavesTheRequestAnonymous() {
        assertEquals(Optional.empty(), authorization(BearerToken.from(() -> null)));
        assertEquals(Optional.empty(), authorization(BearerToken.from(() -> "  ")));
    }

    @Test
    void aTokenReadFromAFileLosesItsLineEnd() {
        assertEquals(Optional.of("Bearer abc.def.ghi"), authorization(BearerToken.from(() -> "abc.def.ghi\n")));
    }

    @Test
    void aFollowingInterceptorRunsAfterTheToken() {
        Consumer<HttpRequest.Builder> interceptor = BearerToken.from(() -> "t",
                request -> request.setHeader("X-Request-Id", "scenario-1"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost/"));
        interceptor.accept(request);
        HttpRequest built = request.build();
        assertEquals(Optional.of("Bearer t"), built.headers().firstValue("Authorization"));
        assertEquals(Optional.of("scenario-1"), built.headers().firstValue("X-Request-Id"));
    }
}
