package id.jembatan.agreements;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.devtools.testing.ApiFuzzer;
import id.jembatan.devtools.testing.FuzzRun;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
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

        FuzzRun.Outcome outcome = FuzzRun.run("agreements-service", requests, admin(), ANONYMOUS_SAMPLE_EVERY);
        assertEquals(List.of(), outcome.withToken().violations(), outcome.summary());
        assertEquals(List.of(), outcome.anonymous().violations(), outcome.summary());
        assertEquals(List.of(), outcome.openedWithoutToken(), "secured operations answered without a token");
        assertTrue(outcome.withToken().sent() > 2_000, outcome.summary());
    }
}
