package id.jembatan.assessment;

import id.jembatan.devtools.Jwt;
import id.jembatan.devtools.LocalKeys;
import id.jembatan.devtools.testing.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.jembatan.assessment.Stubs.SERANG_HANGZHOU;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * OWASP API Security Top 10 as a checklist for assessment-service: broken authentication (API2), broken
 * object-level authorization (API1: assessment-service enforces the caller's region itself, not only through
 * agreements-service, whose recorded stub here answers whatever the token), mass assignment (API3) and resource
 * limits (API4). The fuzzing of every operation is in {@link FuzzTest}.
 */
@QuarkusTest
class SecurityTest {

    private static final String ADMIN = TestKeys.token("admin");
    private static final String VIEWER = TestKeys.token("viewer");
    private static final String SERANG_OFFICER = TestKeys.token("regional-officer", "36.73");
    private static final String TANGERANG_OFFICER = TestKeys.token("regional-officer", "36.03");
    private static final String FORGED_ID = "6f1d0c2a-0000-4000-8000-000000000bad";

    private static Response assess(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/assessments");
    }

    private static long count(String agreementId) {
        return ((Number) given().auth().oauth2(VIEWER).queryParam("agreementId", agreementId).get("/assessments")
                .then().statusCode(200).extract().path("totalItems")).longValue();
    }

    // ------------------------------------------------------------------------------------------------------
    // API2 Broken authentication

    private static Jwt officer() {
        return Jwt.subject("token-tester").role("regional-officer").region("36.73");
    }

    private static void expect401(String token) {
        assess(token, Map.of("agreementId", SERANG_HANGZHOU))
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401)).body("title", notNullValue());
        given().auth().oauth2(token).queryParam("scope", "region:36.73").get("/portfolio")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(token).queryParam("agreementId", SERANG_HANGZHOU).get("/assessments")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void badTokensAreRefusedAndStoreNothing() {
        long before = count(SERANG_HANGZHOU);
        expect401(officer().expiresAt(Instant.now().minusSeconds(3600)).sign(TestKeys.privateKey()));
        expect401(officer().notBefore(Instant.now().plusSeconds(3600)).sign(TestKeys.privateKey()));
        expect401(officer().claim("iss", "https://evil.example").sign(TestKeys.privateKey()));
        expect401(officer().claim("aud", "someone-else").sign(TestKeys.privateKey()));
        expect401(officer().sign(LocalKeys.generate().getPrivate()));
        expect401(officer().unsigned().sign(null));
        expect401("not-a-jwt");
        String valid = officer().sign(TestKeys.privateKey());
        String[] parts = valid.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("regional-officer", "admin");
        expect401(parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2]);
        assertEquals(before, count(SERANG_HANGZHOU), "nothing was stored with a bad token");
    }

    @Test
    void aValidTokenIsAccepted() {
        given().auth().oauth2(officer().sign(TestKeys.privateKey())).queryParam("scope", "region:36.73").get("/portfolio")
                .then().statusCode(200);
    }

    /** Who reads is a set stated once in platform's configuration (Roles.READERS); a role outside it is refused. */
    @Test
    void aRoleOutsideTheReadersIsRefused() {
        given().auth().oauth2(TestKeys.token("directory-admin")).queryParam("scope", "national").get("/portfolio")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(VIEWER).queryParam("scope", "national").get("/portfolio").then().statusCode(200);
    }

    // ------------------------------------------------------------------------------------------------------
    // API3 Mass assignment: the request names the agreement (and the model); everything else is computed

    @Test
    void anAssessmentRequestCannotSetTheResultStalenessHashOrAuditFields() {
        Map<String, Object> body = new HashMap<>();
        body.put("agreementId", SERANG_HANGZHOU);
        body.put("id", FORGED_ID);
        body.put("stale", true);
        body.put("staleSince", "2000-01-01T00:00:00Z");
        body.put("inputsHash", "0".repeat(64));
        body.put("result", Map.of("overallLevel", "LOW", "overallRisk", 0, "dimensions", List.of()));
        body.put("agreementVersion", 99);
        body.put("regionCode", "36.03");
        body.put("createdBy", "mallory");
        body.put("createdAt", "2000-01-01T00:00:00Z");
        body.put("asOf", "2000-01-01");
        Response forged = assess(ADMIN, body);
        forged.then().statusCode(201)
                .body("id", not(equalTo(FORGED_ID)))
                .body("stale", equalTo(false))
                .body("staleSince", nullValue())
                .body("inputsHash", matchesPattern("[0-9a-f]{64}"))
                .body("inputsHash", not(equalTo("0".repeat(64))))
                .body("agreementVersion", equalTo(1))
                .body("regionCode", equalTo("36.73"))
                .body("createdBy", equalTo("admin-tester"))
                .body("asOf", equalTo(LocalDate.now().toString()))
                .body("result.dimensions", hasSize(8));
        Response clean = assess(ADMIN, Map.of("agreementId", SERANG_HANGZHOU));
        assertEquals(clean.<String>path("inputsHash"), forged.path("inputsHash"), "the forged fields did not enter the inputs");
        assertEquals(clean.<Object>path("result"), forged.path("result"));
        given().auth().oauth2(ADMIN).get("/assessments/" + forged.path("id")).then().statusCode(200)
                .body("stale", equalTo(false)).body("createdBy", equalTo("admin-tester"));
        given().auth().oauth2(ADMIN).get("/assessments/" + FORGED_ID).then().statusCode(404);
    }

    // ------------------------------------------------------------------------------------------------------
    // API1 Broken object-level authorization

    @Test
    void anOfficerOfAnotherRegionCanNeitherAssessNorSeeAnotherRegionsAgreement() {
        String assessment = assess(SERANG_OFFICER, Map.of("agreementId", SERANG_HANGZHOU)).then().statusCode(201).extract().path("id");
        long before = count(SERANG_HANGZHOU);

        Response refused = assess(TANGERANG_OFFICER, Map.of("agreementId", SERANG_HANGZHOU));
        refused.then().statusCode(403).contentType("application/problem+json");
        for (String secret : List.of("Hangzhou", "Serang", "Alibaba", "dimensions", "inputsHash")) {
            assertFalse(refused.asString().contains(secret), "the refusal shows '" + secret + "': " + refused.asString());
        }
        assess(TANGERANG_OFFICER, Map.of("agreementId", SERANG_HANGZHOU, "modelVersion", 1)).then().statusCode(403);
        Map<String, Object> draft = new HashMap<>(Map.of("title", "Someone else's draft", "form", "KSDLL", "type", "OTHER",
                "indonesianRegionCode", "36.73", "foreignOrganisation", "alibaba"));
        given().auth().oauth2(TANGERANG_OFFICER).contentType(ContentType.JSON).body(draft).post("/assessments/preview")
                .then().statusCode(403).contentType("application/problem+json");
        assertEquals(before, count(SERANG_HANGZHOU), "nothing was stored for the intruder");

        // An assessment of another region looks exactly like none at all.
        Response hidden = given().auth().oauth2(TANGERANG_OFFICER).get("/assessments/" + assessment);
        Response absent = given().auth().oauth2(TANGERANG_OFFICER).get("/assessments/" + UUID.randomUUID());
        assertEquals(404, hidden.statusCode());
        assertEquals(absent.statusCode(), hidden.statusCode());
        assertEquals(absent.<String>path("type"), hidden.path("type"));
        assertEquals(absent.<String>path("title"), hidden.path("title"));
        assertFalse(hidden.asString().contains("Hangzhou"));
        given().auth().oauth2(TANGERANG_OFFICER).queryParam("agreementId", SERANG_HANGZHOU).queryParam("size", 200)
                .get("/assessments").then().statusCode(200).body("totalItems", equalTo(0)).body("items", hasSize(0));
        given().auth().oauth2(TANGERANG_OFFICER).queryParam("agreementId", UUID.randomUUID().toString())
                .get("/assessments").then().statusCode(200).body("totalItems", equalTo(0));
        for (String scope : List.of("region:36.73", "province:36", "national")) {
            given().auth().oauth2(TANGERANG_OFFICER).queryParam("scope", scope).get("/portfolio")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().auth().oauth2(TANGERANG_OFFICER).get("/portfolio").then().statusCode(403);

        // The control: the agreement's own officer does see all of it.
        given().auth().oauth2(SERANG_OFFICER).get("/assessments/" + assessment).then().statusCode(200);
        given().auth().oauth2(SERANG_OFFICER).queryParam("agreementId", SERANG_HANGZHOU).get("/assessments")
                .then().statusCode(200).body("totalItems", equalTo((int) before));
        given().auth().oauth2(SERANG_OFFICER).queryParam("scope", "region:36.73").get("/portfolio").then().statusCode(200);
    }

    // ------------------------------------------------------------------------------------------------------
    // API4 Unrestricted resource consumption

    private static String jsonOfExactly(int bytes) {
        String prefix = "{\"title\": \"";
        String suffix = "\"}";
        return prefix + "x".repeat(bytes - prefix.length() - suffix.length()) + suffix;
    }

    @Test
    void bodiesOverOneMebibyteAreRefusedWithA413Problem() {
        for (String path : List.of("/assessments", "/assessments/preview", "/scoring-models")) {
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(jsonOfExactly(1_048_577)).post(path)
                    .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        }
        Response atTheLimit = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(jsonOfExactly(1_048_576))
                .post("/assessments/preview");
        assertNotEquals(413, atTheLimit.statusCode(), "exactly 1 MiB is allowed");
        atTheLimit.then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void pagesHoldAtMostTwoHundredItems() {
        given().auth().oauth2(VIEWER).queryParam("agreementId", SERANG_HANGZHOU).queryParam("size", 200).get("/assessments")
                .then().statusCode(200);
        given().auth().oauth2(VIEWER).queryParam("agreementId", SERANG_HANGZHOU).queryParam("size", 201).get("/assessments")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("size"));
    }
}
