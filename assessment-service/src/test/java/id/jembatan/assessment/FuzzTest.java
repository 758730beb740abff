package id.jembatan.assessment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.jembatan.devtools.testing.ApiFuzzer;
import id.jembatan.devtools.testing.FuzzRun;
import id.jembatan.devtools.testing.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static id.jembatan.assessment.Stubs.SERANG_HANGZHOU;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of the committed contract receives a few hundred hostile and boundary requests (see
 * {@link ApiFuzzer}), built on valid bodies so that each case changes one thing: with an admin token, and a sample
 * of them again without a token. None may fail (5xx), every 4xx is a problem document, and no answer shows a
 * stack trace or a Java class name. agreements-service and directory-service are the recorded stubs.
 */
@QuarkusTest
class FuzzTest {

    private static final Path DOCUMENT = Path.of("openapi", "assessment-service.json");
    private static final long SEED = 20_260_101L;
    private static final int PER_OPERATION = 300;
    private static final int ANONYMOUS_SAMPLE_EVERY = 6;
    private static final String ADMIN = TestKeys.token("admin");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String DRAFT = """
            {"title": "Draft MoU Kota Serang – Hangzhou (fuzz)", "form": "KSDPL", "type": "SISTER_CITY",
             "indonesianRegionCode": "36.73", "foreignRegion": {"scheme": "GB_T_2260", "code": "330100"},
             "participants": [{"organisation": "alibaba", "role": "TECHNOLOGY_PARTNER"}], "sectors": ["E_COMMERCE"],
             "validFrom": "2026-01-01", "validUntil": "2030-12-31", "instruments": [{"kind": "LOI", "signedOn": "2025-09-05"}],
             "clauses": {"DATA_PROTECTION_LOCALISATION": {"present": true, "location": "Art. 9"}},
             "costBenefit": {"currency": "IDR", "discountRate": 0.08, "horizonYears": 5,
               "costs": [{"year": 0, "payer": "REGION", "amount": 1000000000}],
               "benefits": [{"year": 1, "kind": "EXPORTS", "amount": 400000000}]},
             "commitments": [{"obligor": "INDONESIAN_PARTY", "kind": "LOAN", "amount": 5000000, "currency": "USD",
               "loan": {"interestRate": 0.02, "maturityYears": 10, "gracePeriodYears": 2}}]}""";

    @Test
    void hostileRequestsAreAnsweredWithProblemsNeverWithFailures() throws Exception {
        String assessmentId = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("agreementId", SERANG_HANGZHOU))
                .post("/assessments").then().statusCode(201).extract().path("id");
        // Version 1 without the points of one rule: every case is refused, so the fuzzing never adds a model
        // that later assessments (here or in other test classes) would use as the latest.
        ObjectNode unpriced = (ObjectNode) JSON.readTree(given().get("/scoring-models/1").then().statusCode(200).extract().asString());
        ObjectNode points = (ObjectNode) unpriced.get("rulePoints");
        points.remove(points.fieldNames().next());

        Map<String, String> known = new LinkedHashMap<>();
        known.put("agreementId", SERANG_HANGZHOU);
        known.put("path:id", assessmentId);
        known.put("path:version", "1");
        known.put("query:scope", "region:36.73");
        known.put("request:previewAssessment", DRAFT);
        known.put("request:createScoringModel", unpriced.toString());
        List<ApiFuzzer.Request> requests = ApiFuzzer.generate(ApiFuzzer.read(DOCUMENT), SEED, PER_OPERATION, known);

        FuzzRun.Outcome outcome = FuzzRun.run("assessment-service", requests, ADMIN, ANONYMOUS_SAMPLE_EVERY);
        assertEquals(List.of(), outcome.withToken().violations(), outcome.summary());
        assertEquals(List.of(), outcome.anonymous().violations(), outcome.summary());
        assertEquals(List.of(), outcome.openedWithoutToken(), "secured operations answered without a token");
        assertTrue(outcome.withToken().sent() > 1_200, outcome.summary());
        given().get("/scoring-models").then().statusCode(200);
    }
}
