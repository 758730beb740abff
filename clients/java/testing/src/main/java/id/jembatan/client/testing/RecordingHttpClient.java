package id.jembatan.client.testing;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * An {@link HttpClient} that sends through a real one and hands every exchange, bodies included, to a recorder;
 * the caller still reads the answer as it asked for it. A generated client takes it through
 * {@code apiClient.setHttpClientBuilder(new RecordingHttpClient.Builder(recorder))}.
 */
final class RecordingHttpClient extends HttpClient {

    private final HttpClient delegate;
    private final Recorder recorder;

    interface Recorder {
        /** @return whether the request being sent is one the contract allows */
        boolean requestInContract();

        void record(Exchange exchange);
    }

    private RecordingHttpClient(HttpClient delegate, Recorder recorder) {
        this.delegate = delegate;
        this.recorder = recorder;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
        byte[] requestBody = request.bodyPublisher().map(RecordingHttpClient::drain).orElse(new byte[0]);
        HttpRequest replayable = HttpRequest.newBuilder(request, (name, value) -> true)
                .method(request.method(), request.bodyPublisher().isPresent()
                        ? HttpRequest.BodyPublishers.ofByteArray(requestBody) : HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<byte[]> answer = delegate.send(replayable, HttpResponse.BodyHandlers.ofByteArray());
        recorder.record(new Exchange(request.method(), request.uri(), request.headers().map(), requestBody,
                answer.statusCode(), answer.headers().map(), answer.body(), recorder.requestInContract()));
        return new Answer<>(answer, decode(answer, handler));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return CompletableFuture.completedFuture(send(request, handler));
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> pushPromises) {
        return sendAsync(request, handler);
    }

    private static byte[] drain(HttpRequest.BodyPublisher publisher) {
        CompletableFuture<byte[]> body = new CompletableFuture<>();
        publisher.subscribe(new Flow.Subscriber<>() {
            private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.writeBytes(chunk);
            }

            @Override
            public void onError(Throwable error) {
                body.completeExceptionally(error);
            }

            @Override
            public void onComplete() {
                body.complete(bytes.toByteArray());
            }
        });
        try {
            return body.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new CompletionException("The request body could not be read for the record", e);
        }
    }

    /** Feeds the recorded bytes to the body handler the caller asked for. */
    private static <T> T decode(HttpResponse<byte[]> answer, HttpResponse.BodyHandler<T> handler) throws IOException {
        HttpResponse.BodySubscriber<T> subscriber = handler.apply(new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return answer.statusCode();
            }

            @Override
            public HttpHeaders headers() {
                return answer.headers();
            }

            @Override
            public Version version() {
                return answer.version();
            }
        });
        subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
            }

            @Override
            public void cancel() {
            }
        });
        subscriber.onNext(List.of(ByteBuffer.wrap(answer.body())));
        subscriber.onComplete();
        try {
            return subscriber.getBody().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("The recorded answer could not be decoded", e);
        }
    }

    private record Answer<T>(HttpResponse<byte[]> recorded, T body) implements HttpResponse<T> {
        @Override
        public int statusCode() {
            return recorded.statusCode();
        }

        @Override
        public HttpRequest request() {
            return recorded.request();
        }

        @Override
        public Optional<HttpResponse<T>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return recorded.headers();
        }

        @Override
        public Optional<javax.net.ssl.SSLSession> sslSession() {
            return recorded.sslSession();
        }

        @Override
        public URI uri() {
            return recorded.uri();
        }

        @Override
        public Version version() {
            return recorded.version();
        }
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }

    /** Builds recording clients; every setting goes to the real client underneath. */
    static final class Builder implements HttpClient.Builder {

        private final HttpClient.Builder delegate = HttpClient.newBuilder();
        private final Recorder recorder;

        Builder(Recorder recorder) {
            this.recorder = recorder;
        }

        private Builder apply(Consumer<HttpClient.Builder> setting) {
            setting.accept(delegate);
            return this;
        }

        @Override
        public Builder cookieHandler(CookieHandler cookieHandler) {
            return apply(b -> b.cookieHandler(cookieHandler));
        }

        @Override
        public Builder connectTimeout(Duration duration) {
            return apply(b -> b.connectTimeout(duration));
        }

        @Override
        public Builder sslContext(SSLContext sslContext) {
            return apply(b -> b.sslContext(sslContext));
        }

        @Override
        public Builder sslParameters(SSLParameters sslParameters) {
            return apply(b -> b.sslParameters(sslParameters));
        }

        @Override
        public Builder executor(Executor executor) {
            return apply(b -> b.executor(executor));
        }

        @Override
        public Builder followRedirects(Redirect policy) {
            return apply(b -> b.followRedirects(policy));
        }

        @Override
        public Builder version(Version version) {
            return apply(b -> b.version(version));
        }

        @Override
        public Builder priority(int priority) {
            return apply(b -> b.priority(priority));
        }

        @Override
        public Builder proxy(ProxySelector proxySelector) {
            return apply(b -> b.proxy(proxySelector));
        }

        @Override
        public Builder authenticator(Authenticator authenticator) {
            return apply(b -> b.authenticator(authenticator));
        }

        @Override
        public HttpClient build() {
            return new RecordingHttpClient(delegate.build(), recorder);
        }
    }
}
