package id.jembatan.agreements;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.devtools.testing.ApiFuzzer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static id.jembatan.agreements.Fixtures.admin;
import static id.jembatan.agreements.Fixtures.createId;
import static id.jembatan.agreements.Fixtures.serangHangzhouComplete;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of the committed contract receives a few hundred hostile and boundary requests (see
 * {@link ApiFuzzer}), built on valid bodies so that each case changes one thing: with an admin token, and a sample
 * of them again without a token. None may fail (5xx), every 4xx is a problem document, and no answer shows a
 * stack trace or a Java class name. Parties resolve against the recorded directory (DirectoryStub); path ids
 * name an agreement of this test's own.
 */
@QuarkusTest
class FuzzTest {

    private static final Path DOCUMENT = Path.of("openapi", "agreements-service.json");
    private static final long SEED = 20_260_101L;
    private static final int PER_OPERATION = 200;
    private static final int ANONYMOUS_SAMPLE_EVERY = 8;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.concurrent.atomic.AtomicInteger SENT = new java.util.concurrent.atomic.AtomicInteger();
    private static final RestAssuredConfig RAW = RestAssured.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false))
            .httpClient(HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 20_000)
                    .setParam("http.connection.timeout", 5_000));

    @Test
    void hostileRequestsAreAnsweredWithProblemsNeverWithFailures() throws JsonProcessingException {
        Map<String, Object> agreement = serangHangzhouComplete();
        agreement.put("title", "Fuzz target: Kota Serang – Hangzhou");
        String id = createId(admin(), agreement);
        agreement.remove("reference");

        Map<String, String> known = new LinkedHashMap<>();
        known.put("path:id", id);
        known.put("header:If-Match", "*");
        known.put("request:createAgreement", JSON.writeValueAsString(agreement));
        known.put("request:updateAgreement", JSON.writeValueAsString(agreement));
        known.put("request:registerLegacyAgreement", JSON.writeValueAsString(
                Map.of("agreement", agreement, "state", "ACTIVE", "note", "fuzz test", "dprdDecisionRef", "DPRD 1/2020")));
        known.put("request:recordActivity", JSON.writeValueAsString(Map.of("kind", "TRAINING", "occurredOn", "2026-01-05",
                "peopleTrained", 3, "exportValue", 10.5, "currency", "USD", "organisations", List.of("alibaba"))));
        List<ApiFuzzer.Request> requests = ApiFuzzer.generate(ApiFuzzer.read(DOCUMENT), SEED, PER_OPERATION, known);

        ApiFuzzer.Tally withToken = new ApiFuzzer.Tally("agreements-service with an admin token")
                .run(requests, request -> send(request, admin()));
        ApiFuzzer.Tally anonymous = new ApiFuzzer.Tally("agreements-service without a token");
        List<String> openedWithoutToken = new ArrayList<>();
        for (int i = 0; i < requests.size(); i += ANONYMOUS_SAMPLE_EVERY) {
            ApiFuzzer.Request request = requests.get(i);
            ApiFuzzer.Reply reply = send(request, null);
            anonymous.record(request, reply);
            if (request.secured() && reply.status() < 300) {
                openedWithoutToken.add(request + " -> " + reply.status());
            }
        }
        System.out.println(withToken.summary());
        System.out.println(anonymous.summary());

        assertEquals(List.of(), withToken.violations(), withToken.summary());
        assertEquals(List.of(), anonymous.violations(), anonymous.summary());
        assertEquals(List.of(), openedWithoutToken, "secured operations answered without a token");
        assertTrue(withToken.sent() > 2_000, withToken.summary());
    }

    /** Sends a fuzzer request exactly as described: its URI is already encoded, its body bytes go as they are. */
    static ApiFuzzer.Reply send(ApiFuzzer.Request request, String token) {
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
