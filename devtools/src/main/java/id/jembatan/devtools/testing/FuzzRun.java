package id.jembatan.devtools.testing;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/**
 * Sends {@link ApiFuzzer} requests with REST Assured to the service under test: every request with a token,
 * and a sample again without one. Each carries {@code X-Request-Id: fuzz-N}, so a failure can be found in the log.
 */
public final class FuzzRun {

    private static final RestAssuredConfig RAW = RestAssured.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false))
            .httpClient(HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 20_000)
                    .setParam("http.connection.timeout", 5_000));
    private static final AtomicInteger SENT = new AtomicInteger();

    private FuzzRun() {
    }

    /** What a run found: the tallies with and without a token, and secured operations that answered without one. */
    public record Outcome(FuzzTally withToken, FuzzTally anonymous, List<String> openedWithoutToken) {
        public String summary() {
            return withToken.summary() + "\n" + anonymous.summary();
        }
    }

    public static Outcome run(String service, List<ApiFuzzer.Request> requests, String token, int anonymousSampleEvery) {
        FuzzTally withToken = new FuzzTally(service + " with a token").run(requests, request -> send(request, token));
        FuzzTally anonymous = new FuzzTally(service + " without a token");
        List<String> openedWithoutToken = new ArrayList<>();
        for (int i = 0; i < requests.size(); i += anonymousSampleEvery) {
            ApiFuzzer.Request request = requests.get(i);
            ApiFuzzer.Reply reply = send(request, null);
            anonymous.record(request, reply);
            if (request.secured() && reply.status() < 300) {
                openedWithoutToken.add(request + " -> " + reply.status());
            }
        }
        Outcome outcome = new Outcome(withToken, anonymous, openedWithoutToken);
        System.out.println(outcome.summary());
        return outcome;
    }

    /** Sends a fuzzer request exactly as described: its URI is already encoded, its body bytes go as they are. */
    public static ApiFuzzer.Reply send(ApiFuzzer.Request request, String token) {
        try {
            RequestSpecification spec = given().config(RAW).urlEncodingEnabled(false);
            int number = SENT.incrementAndGet(); // fuzz-N in the log is the N-th request sent
            if (!request.headers().containsKey("X-Request-Id")) {
                spec.header("X-Request-Id", "fuzz-" + number);
            }
            if (token != null && !request.headers().containsKey("Authorization")) {
                spec.header("Authorization", "Bearer " + token);
            }
            request.headers().forEach(spec::header);
            if (request.contentType() != null) {
                spec.contentType(request.contentType());
            }
            if (request.body() != null && String.valueOf(request.contentType()).startsWith("application/x-www-form-urlencoded")) {
                spec.body(request.bodyText()); // REST Assured's form encoder takes text only
            } else if (request.body() != null) {
                spec.body(request.body());
            }
            Response response = spec.request(request.method().toUpperCase(Locale.ROOT), request.uri());
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().forEach(header -> headers.put(header.getName(), header.getValue()));
            String contentType = response.contentType();
            return new ApiFuzzer.Reply(response.statusCode(), contentType == null || contentType.isEmpty() ? null : contentType,
                    response.asString(), headers);
        } catch (Exception e) { // REST Assured also throws checked exceptions without declaring them
            return new ApiFuzzer.Reply(0, null, e.toString(), Map.of());
        }
    }
}
