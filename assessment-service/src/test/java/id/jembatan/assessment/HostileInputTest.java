package id.jembatan.assessment;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.devtools.testing.EdgeChecks;
import id.jembatan.devtools.testing.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.jembatan.assessment.Stubs.SERANG_HANGZHOU;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A draft is held to the limits of a registration, malformed input of every kind is a 4xx problem naming what is
 * wrong, and nothing a client sends makes the service fail (issue 11, items 9 to 13).
 */
@QuarkusTest
class HostileInputTest {

    private static final String SERANG_OFFICER = TestKeys.token("regional-officer", "36.73");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, Object> draft() {
        Map<String, Object> draft = new HashMap<>();
        draft.put("title", "Draft MoU Kota Serang – Hangzhou");
        draft.put("form", "KSDPL");
        draft.put("type", "SISTER_CITY");
        draft.put("indonesianRegionCode", "36.73");
        draft.put("foreignRegion", Map.of("scheme", "GB_T_2260", "code", "330100"));
        draft.put("sectors", List.of("E_COMMERCE"));
        return draft;
    }

    private static Map<String, Object> costBenefit(Object horizonYears, Object discountRate, String currency, Object amount, int year) {
        Map<String, Object> cba = new HashMap<>();
        cba.put("currency", currency);
        cba.put("discountRate", discountRate);
        cba.put("horizonYears", horizonYears);
        cba.put("costs", List.of(Map.of("year", year, "payer", "REGION", "amount", amount)));
        cba.put("benefits", List.of(Map.of("year", 1, "kind", "EXPORTS", "amount", 400_000_000)));
        return cba;
    }

    private static ValidatableResponse preview(Object body) {
        return given().auth().oauth2(SERANG_OFFICER).contentType(ContentType.JSON).body(body).post("/assessments/preview")
                .then().contentType("application/problem+json");
    }

    @Test
    void aDraftIsHeldToTheLimitsOfARegistration() {
        Map<String, Object> draft = draft();
        for (Object horizon : List.of(100_000_000, Integer.MAX_VALUE, 0, 101, -1)) {
            draft.put("costBenefit", costBenefit(horizon, 0.08, "IDR", 1_000_000, 0));
            preview(draft).statusCode(400).body("errors.field", hasItem("costBenefit.horizonYears"));
        }
        draft.put("costBenefit", costBenefit(5, 0.08, "IDR", -5, 0));
        preview(draft).statusCode(400).body("errors.field", hasItem("costBenefit.costs[0].amount"));
        draft.put("costBenefit", costBenefit(5, -2, "IDR", 5, 0));
        preview(draft).statusCode(400).body("errors.field", hasItem("costBenefit.discountRate"));
        draft.put("costBenefit", costBenefit(5, 0.08, "XXX", 5, 0));
        preview(draft).statusCode(400).body("errors.field", hasItem("costBenefit.currency"));
        draft.put("costBenefit", costBenefit(5, 0.08, "IDR", 5, 7));
        preview(draft).statusCode(400).body("errors.field", hasItem("costBenefit.costs"))
                .body("errors.message", hasItem("year beyond the analysis horizon"));
        draft.remove("costBenefit");
        draft.put("commitments", List.of(Map.of("obligor", "INDONESIAN_PARTY", "kind", "LOAN", "amount", 5, "currency", "XTS")));
        preview(draft).statusCode(400).body("errors.field", hasItem("commitments[0].currency"));
        draft.remove("commitments");
        draft.put("title", "t".repeat(1_000_000));
        preview(draft).statusCode(400).body("errors.field", hasItem("title"));
        draft.put("title", "Draft");
        draft.put("validFrom", "2030-01-01");
        draft.put("validUntil", "2025-01-01");
        preview(draft).statusCode(400).body("errors.field", hasItem("validUntil"));
        draft.remove("validUntil");
        // Absent without a reason is taken as said, and read as not filled in; a clause sent as null (as generated
        // clients send the ones not set) is not recorded.
        Map<String, Object> clauses = new HashMap<>();
        clauses.put("ENVIRONMENTAL_PROTECTION", Map.of("present", false));
        clauses.put("FISCAL_PROVISIONS", null);
        draft.put("clauses", clauses);
        given().auth().oauth2(SERANG_OFFICER).contentType(ContentType.JSON).body(draft).post("/assessments/preview")
                .then().statusCode(200).body("result.dimensions.findings.flatten().rule",
                hasItem("TRANSPARENCY.ENVIRONMENTAL_CLAUSE_NOT_FILLED"));
        draft.put("clauses", Map.of("ENVIRONMENTAL_PROTECTION", Map.of("note", "no physical works")));
        preview(draft).statusCode(400).body("errors[0].field", equalTo("clauses.ENVIRONMENTAL_PROTECTION.present"));
        draft.put("clauses", Map.of("SECRET_CLAUSE", Map.of("present", true)));
        preview(draft).statusCode(400).body("errors[0].field", startsWith("clauses"));
        draft.remove("clauses");
        draft.put("foreignOrganisation", "alibaba");
        preview(draft).statusCode(400).body("errors[0].field", equalTo("foreignRegion"));
        draft.remove("foreignOrganisation");
        draft.put("foreignRegion", Map.of("scheme", "NUTS", "code", "DE1"));
        preview(draft).statusCode(400).body("errors[0].field", equalTo("foreignRegion.scheme"));
    }

    @Test
    void aDraftWithinTheLimitsIsEvaluated() {
        Map<String, Object> draft = draft();
        draft.put("costBenefit", costBenefit(100, 0.08, "IDR", 1_000_000_000, 99));
        given().auth().oauth2(SERANG_OFFICER).contentType(ContentType.JSON).body(draft).post("/assessments/preview")
                .then().statusCode(200).body("result.dimensions.size()", equalTo(8));
    }

    @Test
    void jsonIsReadStrictlyAndEachRefusalNamesItsField() throws IOException {
        String valid = JSON.writeValueAsString(draft());
        preview(valid + " {").statusCode(400).body("type", equalTo("urn:jembatan:problem:malformed-json"))
                .body("errors[0].field", equalTo("body"));
        preview(valid + valid).statusCode(400).body("errors[0].field", equalTo("body"));
        preview("{\"form\": \"KSDPL\", \"form\": \"KSDLL\"," + valid.substring(1)).statusCode(400).body("errors[0].field", equalTo("form"));
        preview("{\"trainingTarget\": 1.5," + valid.substring(1)).statusCode(400).body("errors[0].field", equalTo("trainingTarget"));
        preview(valid.replace("\"36.73\"", "36.73")).statusCode(400).body("errors[0].field", equalTo("indonesianRegionCode"));
        preview(valid.replace("\"330100\"", "330100")).statusCode(400).body("errors[0].field", equalTo("foreignRegion.code"));
    }

    @Test
    void refusalsBelowTheApplicationAreProblems() throws IOException {
        int port = RestAssured.port;
        EdgeChecks.requestHeadRefusals(port, "/scoring-models");
        EdgeChecks.garbledLanguagesFallBackToEnglish(port, "/scoring-models/999", 404);
        EdgeChecks.bodyWithoutContentType(port, "/assessments/preview", SERANG_OFFICER, JSON.writeValueAsString(draft()));
    }

    @Test
    void locationComesFromConfigurationNotFromTheHostHeader() {
        var created = given().auth().oauth2(SERANG_OFFICER).header("Host", "evil.example").contentType(ContentType.JSON)
                .body(Map.of("agreementId", SERANG_HANGZHOU)).post("/assessments").then().statusCode(201).extract();
        assertEquals("/assessments/" + created.path("id"), created.header("Location"));
    }
}
