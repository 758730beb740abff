package id.jembatan.agreements;

import id.jembatan.devtools.testing.TestKeys;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Agreement bodies and calls that many tests share. */
final class Fixtures {

    static final String SERANG = "36.73";
    static final String TANGERANG = "36.03";

    /** The region's and the ministry's steps from INITIATED to CENTRAL_REVIEW (stage 6, verification). */
    static final String[] TO_VERIFICATION = {"START_EXPLORATION", "SIGN_LOI", "PREPARE_PLAN", "SUBMIT_TO_DPRD", "DPRD_APPROVE",
            "SUBMIT_TO_CENTRAL"};

    /** On to MINISTER_REVIEW (stage 9). */
    static final String[] TO_MINISTER_REVIEW = steps(TO_VERIFICATION, "VERIFY", "SUBMIT_DRAFT", "CONCLUDE_NEGOTIATION");

    /** On to ACTIVE (stage 11): the Minister's approval, signing with the full-powers letter and the deposit with Kemlu. */
    static final String[] TO_ACTIVE = steps(TO_MINISTER_REVIEW, "CENTRAL_APPROVE", "SIGN", "ACTIVATE");

    private static final java.util.Set<String> MINISTRY_DECISIONS = java.util.Set.of("VERIFY", "CONCLUDE_NEGOTIATION",
            "CENTRAL_APPROVE", "CENTRAL_REJECT");

    static String[] steps(String[] first, String... then) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(first), java.util.Arrays.stream(then)).toArray(String[]::new);
    }

    private Fixtures() {
    }

    static String officer(String region) {
        return TestKeys.token("regional-officer", region);
    }

    static String reviewer() {
        return TestKeys.token("ministry-reviewer");
    }

    static String viewer() {
        return TestKeys.token("viewer");
    }

    static String admin() {
        return TestKeys.token("admin");
    }

    /** The article's Serang–Hangzhou LoI as an officer of Kota Serang would first register it. */
    static Map<String, Object> serangHangzhou() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Letter of Intent Kota Serang – Hangzhou");
        body.put("form", "KSDPL");
        body.put("type", "SISTER_CITY");
        body.put("indonesianRegionCode", SERANG);
        body.put("foreignRegion", Map.of("scheme", "GB_T_2260", "code", "330100"));
        body.put("participants", List.of(Map.of("organisation", "alibaba", "role", "TECHNOLOGY_PARTNER"),
                Map.of("organisation", "deepseek", "role", "TECHNOLOGY_PARTNER")));
        body.put("sectors", List.of("E_COMMERCE", "ARTIFICIAL_INTELLIGENCE"));
        body.put("internalNotes", "not for the public");
        return body;
    }

    /** The same agreement, complete enough to pass every guard up to ACTIVE. */
    static Map<String, Object> serangHangzhouComplete() {
        Map<String, Object> body = serangHangzhou();
        body.put("validFrom", "2026-01-01");
        body.put("validUntil", "2030-12-31");
        body.put("instruments", List.of(
                Map.of("kind", "LOI", "signedOn", "2025-09-05"),
                Map.of("kind", "MOU", "signedOn", "2026-01-01", "document",
                        Map.of("title", "MoU (confidential copy)", "confidential", true))));
        body.put("clauses", Map.of(
                "COST_BENEFIT_ANALYSIS", Map.of("present", true, "location", "Annex 1"),
                "ENVIRONMENTAL_PROTECTION", Map.of("present", false, "note", "No physical works"),
                "FISCAL_PROVISIONS", Map.of("present", true, "location", "Article 8")));
        body.put("costBenefit", Map.of("currency", "IDR", "discountRate", 0.08, "horizonYears", 5,
                "costs", List.of(Map.of("year", 0, "payer", "REGION", "amount", 1_000_000_000)),
                "benefits", List.of(Map.of("year", 1, "kind", "EXPORTS", "amount", 400_000_000),
                        Map.of("year", 2, "kind", "EXPORTS", "amount", 400_000_000))));
        body.put("commitments", List.of(Map.of("obligor", "INDONESIAN_PARTY", "kind", "BUDGET_ALLOCATION",
                "amount", 1_000_000_000, "currency", "IDR")));
        return body;
    }

    static Response create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/agreements");
    }

    static String createId(String token, Map<String, Object> body) {
        return create(token, body).then().statusCode(201).extract().path("id");
    }

    static Response transition(String token, String id, String etag, String action, String reference) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        if (reference != null) {
            body.put("reference", reference);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .post("/agreements/" + id + "/transitions");
    }

    static String etag(String id) {
        return given().auth().oauth2(admin()).get("/agreements/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** Walks an agreement forward with the given actions, each with a reference, and returns the last ETag. */
    static String walk(String id, String... actions) {
        String etag = etag(id);
        for (String action : actions) {
            String token = MINISTRY_DECISIONS.contains(action) ? reviewer() : officer(SERANG);
            etag = transition(token, id, etag, action, "REF-" + action).then().statusCode(200).extract().header("ETag");
        }
        return etag;
    }
}
