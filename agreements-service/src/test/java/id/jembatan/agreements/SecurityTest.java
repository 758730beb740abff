package id.jembatan.agreements;

import id.jembatan.devtools.Jwt;
import id.jembatan.devtools.LocalKeys;
import id.jembatan.devtools.testing.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static id.jembatan.agreements.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * OWASP API Security Top 10 as a checklist for agreements-service: broken authentication (API2), broken
 * object-level authorization (API1), mass assignment (API3) and resource limits (API4). The fuzzing of every
 * operation is in {@link FuzzTest}.
 */
@QuarkusTest
class SecurityTest {

    /** Fields a client must never be able to set: state, version, approvals, audit and derived values. */
    private static final Map<String, Object> FORGED = Map.ofEntries(
            Map.entry("id", "6f1d0c2a-0000-4000-8000-000000000bad"),
            Map.entry("state", "ACTIVE"),
            Map.entry("version", 99),
            Map.entry("legacy", true),
            Map.entry("createdBy", "mallory"),
            Map.entry("createdAt", "2000-01-01T00:00:00Z"),
            Map.entry("updatedAt", "2000-01-01T00:00:00Z"),
            Map.entry("dprdDecisionRef", "Keputusan DPRD palsu 1/2020"),
            Map.entry("centralApprovalRef", "Persetujuan palsu 1/2020"),
            Map.entry("committedValueIdr", 999_999_999_999L),
            Map.entry("activatedOn", "2020-01-01"),
            Map.entry("signedOn", "2020-01-01"),
            Map.entry("dormant", true),
            Map.entry("allowedActions", List.of("CENTRAL_APPROVE", "ACTIVATE")),
            Map.entry("outputs", Map.of("peopleTrained", 1_000_000)),
            Map.entry("regionCode", "36.03"),
            Map.entry("fullPowersRef", "Surat kuasa palsu 1/2020"),
            Map.entry("depositRef", "Penyimpanan palsu 1/2020"),
            Map.entry("verificationRef", "Verifikasi palsu 1/2020"),
            Map.entry("legacyReview", "CONFIRMED"),
            Map.entry("unconfirmed", false),
            Map.entry("partnerCriteriaExceptions", List.of(Map.of("criterion", "DIPLOMATIC_RELATIONS", "reference", "palsu"))),
            Map.entry("stage", "IMPLEMENTATION"),
            Map.entry("stateSince", "2000-01-01T00:00:00Z"),
            Map.entry("overdue", true));

    // ------------------------------------------------------------------------------------------------------
    // API2 Broken authentication: every kind of bad token is a 401 problem, on reads and on writes

    private static Jwt officerOfSerang() {
        return Jwt.subject("token-tester").role("regional-officer").region(SERANG);
    }

    private static long total() {
        return ((Number) given().auth().oauth2(admin()).queryParam("size", 1).get("/agreements")
                .then().statusCode(200).extract().path("totalItems")).longValue();
    }

    private static void expect401(String token) {
        given().auth().oauth2(token).get("/agreements")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401)).body("title", notNullValue());
        given().auth().oauth2(token).contentType(ContentType.JSON).body(serangHangzhou()).post("/agreements")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "*").body(Map.of("action", "WITHDRAW"))
                .post("/agreements/" + UUID.randomUUID() + "/transitions")
                .then().statusCode(401).contentType("application/problem+json");
    }

    private static String tamper(String token, String from, String to) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace(from, to);
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
    }

    @Test
    void badTokensAreRefusedAndStoreNothing() {
        long before = total();
        expect401(officerOfSerang().expiresAt(Instant.now().minusSeconds(3600)).sign(TestKeys.privateKey()));
        expect401(officerOfSerang().notBefore(Instant.now().plusSeconds(3600)).sign(TestKeys.privateKey()));
        expect401(officerOfSerang().claim("iss", "https://evil.example").sign(TestKeys.privateKey()));
        expect401(officerOfSerang().claim("aud", "someone-else").sign(TestKeys.privateKey()));
        expect401(officerOfSerang().sign(LocalKeys.generate().getPrivate()));
        expect401(officerOfSerang().unsigned().sign(null));
        expect401("not-a-jwt");
        expect401("");
        String valid = officerOfSerang().sign(TestKeys.privateKey());
        expect401(tamper(valid, "regional-officer", "admin"));
        expect401(tamper(officer(TANGERANG), TANGERANG, SERANG));
        expect401(valid.substring(0, valid.lastIndexOf('.') + 1));
        assertEquals(before, total(), "no agreement was stored with a bad token");
    }

    @Test
    void aValidTokenIsAccepted() {
        given().auth().oauth2(officerOfSerang().sign(TestKeys.privateKey())).get("/agreements").then().statusCode(200);
    }

    // ------------------------------------------------------------------------------------------------------
    // API3 Mass assignment: state, version, approvals, audit and derived fields in a body are ignored

    private static Map<String, Object> withForgedFields(Map<String, Object> body) {
        Map<String, Object> out = new HashMap<>(body);
        out.putAll(FORGED);
        return out;
    }

    private static BigDecimal decimal(Object value) {
        return new BigDecimal(String.valueOf(value));
    }

    @Test
    void aCreateCannotSetStateVersionApprovalsOrAuditFields() {
        Map<String, Object> body = withForgedFields(serangHangzhou());
        body.put("title", "Mass assignment on create");
        Response created = create(officer(SERANG), body);
        created.then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("id", not(equalTo(FORGED.get("id"))))
                .body("state", equalTo("INITIATED"))
                .body("version", equalTo(0))
                .body("legacy", equalTo(false))
                .body("dprdDecisionRef", nullValue())
                .body("centralApprovalRef", nullValue())
                .body("activatedOn", nullValue())
                .body("signedOn", nullValue())
                .body("dormant", equalTo(false))
                .body("stage", equalTo("INITIATIVE"))
                .body("overdue", equalTo(false))
                .body("stateSince", not(startsWith("2000")))
                .body("fullPowersRef", nullValue())
                .body("depositRef", nullValue())
                .body("verificationRef", nullValue())
                .body("legacyReview", nullValue())
                .body("partnerCriteriaExceptions", org.hamcrest.Matchers.empty())
                .body("allowedActions", containsInAnyOrder("START_EXPLORATION", "WITHDRAW"))
                .body("indonesianParty.code", equalTo(SERANG))
                .body("outputs.peopleTrained", equalTo(0))
                .body("createdAt", not(startsWith("2000")));
        String id = created.path("id");
        assertEquals(0, decimal(created.path("committedValueIdr")).signum(), "committedValueIdr is derived from commitments");

        Response stored = given().auth().oauth2(admin()).get("/agreements/" + id);
        stored.then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("state", equalTo("INITIATED")).body("version", equalTo(0)).body("legacy", equalTo(false))
                .body("dprdDecisionRef", nullValue()).body("createdAt", not(startsWith("2000")));
        assertEquals(0, decimal(stored.path("committedValueIdr")).signum());
        given().auth().oauth2(admin()).get("/agreements/" + FORGED.get("id")).then().statusCode(404);
        given().auth().oauth2(viewer()).get("/agreements/" + id + "/history").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].action", equalTo("CREATED"))
                .body("items[0].actor", equalTo("regional-officer-tester"));
    }

    @Test
    void anUpdateCannotSetStateVersionApprovalsOrAuditFieldsNorChangeTheId() {
        String id = createId(officer(SERANG), serangHangzhou());
        Map<String, Object> body = withForgedFields(serangHangzhou());
        body.put("title", "Mass assignment on update");
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/agreements/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("id", equalTo(id))
                .body("title", equalTo("Mass assignment on update"))
                .body("state", equalTo("INITIATED"))
                .body("version", equalTo(1))
                .body("legacy", equalTo(false))
                .body("dprdDecisionRef", nullValue())
                .body("centralApprovalRef", nullValue())
                .body("activatedOn", nullValue());
        given().auth().oauth2(admin()).get("/agreements/" + id).then()
                .body("state", equalTo("INITIATED")).body("version", equalTo(1)).body("title", equalTo("Mass assignment on update"));
        given().auth().oauth2(admin()).get("/agreements/" + FORGED.get("id")).then().statusCode(404);
    }

    @Test
    void aTransitionBodyCannotSetTheStateOrApprovalsDirectly() {
        String id = createId(officer(SERANG), serangHangzhou());
        Map<String, Object> body = new HashMap<>(Map.of("action", "START_EXPLORATION"));
        body.putAll(Map.of("state", "ACTIVE", "version", 99, "dprdDecisionRef", "forged", "centralApprovalRef", "forged",
                "actor", "mallory"));
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .post("/agreements/" + id + "/transitions")
                .then().statusCode(200)
                .body("state", equalTo("EXPLORATION"))
                .body("version", equalTo(1))
                .body("dprdDecisionRef", nullValue())
                .body("centralApprovalRef", nullValue());
        given().auth().oauth2(viewer()).get("/agreements/" + id + "/history").then()
                .body("items[1].actor", equalTo("regional-officer-tester"));
    }

    @Test
    void anActivityLandsOnTheAgreementOfItsPathWhateverItsBodySays() {
        String target = createId(officer(SERANG), serangHangzhou());
        String other = createId(officer(SERANG), serangHangzhou());
        Map<String, Object> body = new HashMap<>(Map.of("kind", "TRAINING", "occurredOn", "2026-01-05", "peopleTrained", 5));
        body.putAll(Map.of("agreementId", other, "id", FORGED.get("id"), "recordedBy", "mallory",
                "recordedAt", "2000-01-01T00:00:00Z"));
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON).body(body).post("/agreements/" + target + "/activities")
                .then().statusCode(201)
                .body("id", not(equalTo(FORGED.get("id"))))
                .body("recordedBy", equalTo("regional-officer-tester"))
                .body("recordedAt", not(startsWith("2000")));
        given().auth().oauth2(viewer()).get("/agreements/" + target + "/activities").then().body("totalItems", equalTo(1));
        given().auth().oauth2(viewer()).get("/agreements/" + other + "/activities").then().body("totalItems", equalTo(0));
    }

    @Test
    void aLegacyRegistrationCannotConfirmItself() {
        Map<String, Object> agreement = withForgedFields(serangHangzhouComplete());
        agreement.put("title", "Self-confirmed legacy registration");
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON)
                .body(Map.of("agreement", agreement, "state", "ACTIVE", "note", "security test", "legacyReview", "CONFIRMED",
                        "unconfirmed", false, "legacyReviewRef", "palsu"))
                .post("/agreements/legacy-registrations")
                .then().statusCode(201)
                .body("unconfirmed", equalTo(true))
                .body("legacyReview", equalTo("UNCONFIRMED"))
                .body("legacyReviewRef", nullValue())
                .body("partnerCriteriaExceptions", org.hamcrest.Matchers.empty());
    }

    @Test
    void aLegacyRegistrationTakesItsStateFromTheRegistrationNotFromForgedAgreementFields() {
        Map<String, Object> agreement = withForgedFields(serangHangzhouComplete());
        agreement.put("title", "Mass assignment in a legacy registration");
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON)
                .body(Map.of("agreement", agreement, "state", "EXPLORATION", "note", "security test", "version", 99, "id", FORGED.get("id")))
                .post("/agreements/legacy-registrations")
                .then().statusCode(201)
                .body("id", not(equalTo(FORGED.get("id"))))
                .body("state", equalTo("EXPLORATION"))
                .body("legacy", equalTo(true))
                .body("version", equalTo(0))
                .body("dprdDecisionRef", nullValue())
                .body("centralApprovalRef", nullValue());
    }

    // ------------------------------------------------------------------------------------------------------
    // API1 Broken object-level authorization: another region's officer learns nothing, not even existence

    /** What a caller can tell two answers apart by. */
    private record Answer(int status, String contentType, String type, String title, String detail) {

        static Answer of(Response response) {
            String contentType = response.contentType();
            boolean problem = contentType != null && contentType.startsWith("application/problem+json");
            return new Answer(response.statusCode(), contentType, problem ? response.path("type") : null,
                    problem ? response.path("title") : null, problem ? response.path("detail") : null);
        }
    }

    @Test
    void anOfficerOfAnotherRegionCannotTellAConfidentialAgreementFromANonExistentOne() {
        Map<String, Object> secret = serangHangzhouComplete();
        secret.put("title", "BOLA probe: confidential Serang negotiation");
        secret.put("confidential", true);
        String id = createId(officer(SERANG), secret);
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON)
                .body(Map.of("kind", "MEETING", "occurredOn", "2026-01-05")).post("/agreements/" + id + "/activities")
                .then().statusCode(201);
        String etag = etag(id);
        String missing = UUID.randomUUID().toString();
        String intruder = officer(TANGERANG);
        Map<String, Object> hijack = serangHangzhou();
        hijack.put("indonesianRegionCode", TANGERANG);
        hijack.put("title", "Hijacked by Tangerang");

        Map<String, Function<String, Response>> probes = new LinkedHashMap<>();
        probes.put("read", target -> given().auth().oauth2(intruder).get("/agreements/" + target));
        probes.put("history", target -> given().auth().oauth2(intruder).get("/agreements/" + target + "/history"));
        probes.put("activities", target -> given().auth().oauth2(intruder).get("/agreements/" + target + "/activities"));
        probes.put("update (re-homing it to the intruder's region)", target -> given().auth().oauth2(intruder)
                .contentType(ContentType.JSON).header("If-Match", "*").body(hijack).put("/agreements/" + target));
        probes.put("update with the right version", target -> given().auth().oauth2(intruder)
                .contentType(ContentType.JSON).header("If-Match", etag).body(serangHangzhou()).put("/agreements/" + target));
        probes.put("transition", target -> given().auth().oauth2(intruder).contentType(ContentType.JSON)
                .header("If-Match", "*").body(Map.of("action", "WITHDRAW")).post("/agreements/" + target + "/transitions"));
        probes.put("central decision", target -> given().auth().oauth2(intruder).contentType(ContentType.JSON)
                .header("If-Match", "*").body(Map.of("action", "CENTRAL_APPROVE", "reference", "x"))
                .post("/agreements/" + target + "/transitions"));
        probes.put("transition with an idempotency key", target -> given().auth().oauth2(intruder).contentType(ContentType.JSON)
                .header("If-Match", "*").header("Idempotency-Key", "bola-" + target).body(Map.of("action", "WITHDRAW"))
                .post("/agreements/" + target + "/transitions"));
        probes.put("record an activity", target -> given().auth().oauth2(intruder).contentType(ContentType.JSON)
                .body(Map.of("kind", "VISIT", "occurredOn", "2026-01-06")).post("/agreements/" + target + "/activities"));

        probes.forEach((name, probe) -> {
            Response existing = probe.apply(id);
            Response absent = probe.apply(missing);
            Answer a = Answer.of(existing);
            Answer b = Answer.of(absent);
            assertEquals(b, a, name + ": the answer for another region's agreement differs from the one for no agreement");
            assertEquals(403, a.status(), name + " " + existing.asString());
            assertEquals("urn:jembatan:problem:agreement-not-accessible", a.type(), name);
            String text = existing.asString();
            for (String secretPart : List.of("BOLA probe", "Hangzhou", "INITIATED", "MEETING", "KSD-")) {
                assertFalse(text.contains(secretPart), name + " leaks '" + secretPart + "': " + text);
            }
        });

        // Nothing changed, and nothing of it appears in lists, searches, exports, the change feed or the public view.
        given().auth().oauth2(admin()).get("/agreements/" + id).then().statusCode(200)
                .header("ETag", equalTo(etag)).body("indonesianParty.code", equalTo(SERANG))
                .body("state", equalTo("INITIATED")).body("title", equalTo("BOLA probe: confidential Serang negotiation"));
        given().auth().oauth2(viewer()).get("/agreements/" + id + "/activities").then().body("totalItems", equalTo(1));
        given().auth().oauth2(intruder).queryParam("size", 200).get("/agreements").then().statusCode(200)
                .body("items.id", not(hasItem(id))).body("items.regionCode", not(hasItem(SERANG)));
        given().auth().oauth2(intruder).queryParam("region", SERANG).queryParam("size", 200).get("/agreements")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(intruder).queryParam("region", "36").queryParam("includeSubregions", true).queryParam("size", 200)
                .get("/agreements").then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(intruder).queryParam("q", "BOLA probe").get("/agreements")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(intruder).queryParam("q", "BOLA probe").get("/agreements/export")
                .then().statusCode(200).body(not(containsString(id))).body(not(containsString("BOLA probe")));
        given().auth().oauth2(intruder).get("/agreements/export")
                .then().statusCode(200).body(not(containsString(id)));
        given().auth().oauth2(intruder).queryParam("after", 0).queryParam("limit", 1000).get("/changes")
                .then().statusCode(403).contentType("application/problem+json").body(not(containsString(id)));
        Answer publicSecret = Answer.of(given().get("/public/agreements/" + id));
        Answer publicMissing = Answer.of(given().get("/public/agreements/" + missing));
        assertEquals(404, publicSecret.status());
        assertEquals(publicMissing.type(), publicSecret.type());
        assertEquals(publicMissing.title(), publicSecret.title());
        given().queryParam("q", "BOLA probe").get("/public/agreements").then().statusCode(200).body("totalItems", equalTo(0));

        // The control: the agreement's own officer does see it everywhere the intruder does not.
        given().auth().oauth2(officer(SERANG)).get("/agreements/" + id).then().statusCode(200);
        given().auth().oauth2(officer(SERANG)).queryParam("q", "BOLA probe").get("/agreements").then().body("totalItems", equalTo(1));
        given().auth().oauth2(officer(SERANG)).queryParam("q", "BOLA probe").get("/agreements/export").then().body(containsString(id));
    }

    // ------------------------------------------------------------------------------------------------------
    // API4 Unrestricted resource consumption: bodies, pages and feeds are bounded
    // (directory-service's import of more than 50,000 rows is a 413: ImportTest.unusableFilesAreProblems)

    private static String jsonOfExactly(int bytes) {
        String prefix = "{\"title\": \"";
        String suffix = "\"}";
        return prefix + "x".repeat(bytes - prefix.length() - suffix.length()) + suffix;
    }

    @Test
    void bodiesOverOneMebibyteAreRefusedWithA413Problem() {
        String limit = jsonOfExactly(1_048_576);
        String over = jsonOfExactly(1_048_577);
        assertEquals(1_048_577, over.getBytes(StandardCharsets.UTF_8).length);
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON).body(over).post("/agreements")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413))
                .body("detail", equalTo("The body exceeds the limit of 1,048,576 bytes for this endpoint."));
        Response atTheLimit = given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON).body(limit).post("/agreements");
        assertNotEquals(413, atTheLimit.statusCode(), "exactly 1 MiB is allowed");
        atTheLimit.then().statusCode(400).contentType("application/problem+json");
        String id = createId(officer(SERANG), serangHangzhou());
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON).header("If-Match", "*").body(over).put("/agreements/" + id)
                .then().statusCode(413).contentType("application/problem+json");
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON).body(over).post("/agreements/" + id + "/activities")
                .then().statusCode(413).contentType("application/problem+json");
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON).header("If-Match", "*").body(over)
                .post("/agreements/" + id + "/transitions")
                .then().statusCode(413).contentType("application/problem+json");
        given().auth().oauth2(admin()).get("/agreements/" + id).then().header("ETag", equalTo("\"0\""));
    }

    @Test
    void pagesHoldAtMostTwoHundredItems() {
        String id = createId(officer(SERANG), serangHangzhou());
        for (String path : List.of("/agreements", "/agreements/" + id + "/history", "/agreements/" + id + "/activities")) {
            given().auth().oauth2(admin()).queryParam("size", 200).get(path).then().statusCode(200);
            given().auth().oauth2(admin()).queryParam("size", 201).get(path)
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("size"));
            given().auth().oauth2(admin()).queryParam("size", 0).get(path).then().statusCode(400);
        }
        given().queryParam("size", 200).get("/public/agreements").then().statusCode(200);
        given().queryParam("size", 201).get("/public/agreements")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("size"));
        given().auth().oauth2(viewer()).queryParam("limit", 1000).get("/changes").then().statusCode(200);
        given().auth().oauth2(viewer()).queryParam("limit", 1001).get("/changes")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(admin()).queryParam("page", 1_000_001).get("/agreements")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
    }
}
