package id.jembatan.agreements;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.jembatan.agreements.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * The procedure's checks beyond the guards: partner criteria with the ministry's exceptions, legacy registrations
 * waiting for the ministry's confirmation, and who reads internal notes.
 */
@QuarkusTest
class ProcedureApiTest {

    /** Kota Serang with Taipei: Indonesia has no diplomatic relations with Taiwan (the default deployment list). */
    private static Map<String, Object> serangTaipei() {
        Map<String, Object> body = serangHangzhouComplete();
        body.put("title", "Sister city Kota Serang – Taipei");
        body.put("foreignRegion", Map.of("scheme", "ISO_3166_2", "code", "TW-TPE"));
        return body;
    }

    private static Response recordException(String token, String id, String ifMatch, Map<String, Object> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.post("/agreements/" + id + "/partner-criteria-exceptions");
    }

    private static Response review(String token, String id, String ifMatch, String decision, String reference) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        body.put("reference", reference);
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", ifMatch).body(body)
                .post("/agreements/" + id + "/legacy-review");
    }

    private static final Map<String, Object> DIPLOMATIC_EXCEPTION = Map.of("criterion", "DIPLOMATIC_RELATIONS",
            "reference", "Surat Kemlu No. 123/2026", "note", "Economic and trade office cooperation");

    // ------------------------------------------------------------------------------------------------------
    // 6. Partner criteria

    @Test
    void withoutDiplomaticRelationsAnAgreementStopsAtExplorationNamingTheCriterionAndItsLegalBasis() {
        String id = createId(officer(SERANG), serangTaipei());
        given().auth().oauth2(officer(SERANG)).get("/agreements/" + id).then().statusCode(200)
                .body("partnerCountry", equalTo("TW"))
                .body("unmetPartnerCriteria", contains("DIPLOMATIC_RELATIONS"))
                // a city with a special municipality at province level: the assessment's finding, not a refusal here
                .body("indonesianParty.level", equalTo(2))
                .body("foreignParty.level", equalTo(1));
        String etag = walk(id, "START_EXPLORATION");
        transition(officer(SERANG), id, etag, "SIGN_LOI", null).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:jembatan:problem:partner-criteria-not-met"))
                .body("criterion", equalTo("DIPLOMATIC_RELATIONS"))
                .body("partnerCountry", equalTo("TW"))
                .body("legalBasis", containsString("PP 28/2018 and Permendagri 25/2020"))
                .body("legalBasis", containsString("diplomatic relations with the Republic of Indonesia"))
                .body("detail", containsString("SIGN_LOI would move the agreement past exploration"));
        given().auth().oauth2(officer(SERANG)).header("Accept-Language", "id").contentType(ContentType.JSON)
                .header("If-Match", etag).body(Map.of("action", "SIGN_LOI")).post("/agreements/" + id + "/transitions")
                .then().statusCode(422)
                .body("title", equalTo("Kriteria mitra tidak terpenuhi"))
                .body("legalBasis", containsString("hubungan diplomatik dengan Negara Kesatuan Republik Indonesia"));
        // leaving is still possible
        transition(officer(SERANG), id, etag, "WITHDRAW", null).then().statusCode(200).body("state", equalTo("WITHDRAWN"));
    }

    @Test
    void aMinistryReviewerRecordsAnExceptionWithItsReferenceAndTheAgreementGoesOn() {
        String id = createId(officer(SERANG), serangTaipei());
        String etag = walk(id, "START_EXPLORATION");
        recordException(officer(SERANG), id, etag, DIPLOMATIC_EXCEPTION).then().statusCode(403);
        recordException(viewer(), id, etag, DIPLOMATIC_EXCEPTION).then().statusCode(403);
        recordException(admin(), id, etag, DIPLOMATIC_EXCEPTION).then().statusCode(403);
        recordException(reviewer(), id, null, DIPLOMATIC_EXCEPTION).then().statusCode(428);
        recordException(reviewer(), id, "\"0\"", DIPLOMATIC_EXCEPTION).then().statusCode(412);
        recordException(reviewer(), id, etag, Map.of("criterion", "DIPLOMATIC_RELATIONS", "reference", " ")).then().statusCode(400);
        recordException(reviewer(), id, etag, Map.of("criterion", "NO_SUCH_CRITERION", "reference", "x")).then().statusCode(400);
        recordException(reviewer(), UUID.randomUUID().toString(), etag, DIPLOMATIC_EXCEPTION).then().statusCode(404);
        String excepted = recordException(reviewer(), id, etag, DIPLOMATIC_EXCEPTION).then().statusCode(200)
                .body("partnerCriteriaExceptions", hasSize(1))
                .body("partnerCriteriaExceptions[0].criterion", equalTo("DIPLOMATIC_RELATIONS"))
                .body("partnerCriteriaExceptions[0].reference", equalTo("Surat Kemlu No. 123/2026"))
                .body("partnerCriteriaExceptions[0].recordedBy", equalTo("ministry-reviewer-tester"))
                .body("unmetPartnerCriteria", contains("DIPLOMATIC_RELATIONS"))
                .extract().header("ETag");
        recordException(reviewer(), id, excepted, DIPLOMATIC_EXCEPTION).then().statusCode(409)
                .body("type", equalTo("urn:jembatan:problem:partner-criteria-exception-recorded"));
        given().auth().oauth2(viewer()).get("/agreements/" + id + "/history").then().statusCode(200)
                .body("items.action", hasItem("PARTNER_CRITERIA_EXCEPTION:DIPLOMATIC_RELATIONS"))
                .body("items.note", hasItem("Economic and trade office cooperation [Surat Kemlu No. 123/2026]"));
        walk(id, "SIGN_LOI", "PREPARE_PLAN");
        given().auth().oauth2(viewer()).get("/agreements/" + id).then().body("state", equalTo("PLANNED"));
    }

    @Test
    void anExceptionNeedsAnUnmetCriterionAndAnOpenAgreement() {
        String id = createId(officer(SERANG), serangHangzhouComplete());
        recordException(reviewer(), id, etag(id), DIPLOMATIC_EXCEPTION).then().statusCode(409)
                .body("type", equalTo("urn:jembatan:problem:partner-criterion-met"))
                .body("criterion", equalTo("DIPLOMATIC_RELATIONS"));
        String closed = createId(officer(SERANG), serangTaipei());
        String etag = walk(closed, "WITHDRAW");
        recordException(reviewer(), closed, etag, DIPLOMATIC_EXCEPTION).then().statusCode(409)
                .body("type", equalTo("urn:jembatan:problem:agreement-closed"));
    }

    @Test
    void aPartnerChangedAfterExplorationIsCheckedAtTheNextStep() {
        String id = createId(officer(SERANG), serangHangzhouComplete());
        String etag = walk(id, "START_EXPLORATION", "SIGN_LOI");
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON).header("If-Match", etag).body(serangTaipei())
                .put("/agreements/" + id).then().statusCode(200).body("partnerCountry", equalTo("TW"));
        transition(officer(SERANG), id, etag(id), "PREPARE_PLAN", null).then().statusCode(422)
                .body("type", equalTo("urn:jembatan:problem:partner-criteria-not-met"));
    }

    // ------------------------------------------------------------------------------------------------------
    // 7. Legacy registrations

    private static Response registerLegacy(String state, String title) {
        Map<String, Object> agreement = serangHangzhouComplete();
        agreement.put("title", title);
        Map<String, Object> body = new HashMap<>(Map.of("agreement", agreement, "state", state, "note", "From the paper archive",
                "dprdDecisionRef", "Keputusan DPRD Kota Serang 7/2019"));
        if (!state.startsWith("DPRD")) {
            body.put("centralApprovalRef", "Persetujuan Kemendagri 12/2019 (declared)");
        }
        return given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON).body(body).post("/agreements/legacy-registrations");
    }

    @Test
    void aLegacyRegistrationWithDeclaredApprovalsIsUnconfirmedEverywhereUntilTheMinistryConfirmsIt() {
        String id = registerLegacy("ACTIVE", "Legacy Serang – Hangzhou (unconfirmed)").then().statusCode(201)
                .body("unconfirmed", equalTo(true)).body("legacyReview", equalTo("UNCONFIRMED"))
                .body("centralApprovalRef", equalTo("Persetujuan Kemendagri 12/2019 (declared)"))
                .extract().path("id");
        given().get("/public/agreements/" + id).then().statusCode(200).body("unconfirmed", equalTo(true))
                .body("stage", equalTo("IMPLEMENTATION"));
        given().auth().oauth2(reviewer()).queryParam("q", "Legacy Serang – Hangzhou (unconfirmed)").get("/agreements")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].unconfirmed", equalTo(true));
        transition(officer(SERANG), id, etag(id), "START_EVALUATION", null).then().statusCode(409)
                .body("type", equalTo("urn:jembatan:problem:legacy-registration-unconfirmed"))
                .body("legacyReview", equalTo("UNCONFIRMED"));

        review(officer(SERANG), id, etag(id), "CONFIRM", "x").then().statusCode(403);
        review(admin(), id, etag(id), "CONFIRM", "x").then().statusCode(403);
        review(reviewer(), id, "\"99\"", "CONFIRM", "x").then().statusCode(412);
        review(reviewer(), id, etag(id), "CONFIRM", null).then().statusCode(400);
        String returned = review(reviewer(), id, etag(id), "RETURN", "Kemendagri B/7/2026: approval not found")
                .then().statusCode(200).body("legacyReview", equalTo("RETURNED")).body("unconfirmed", equalTo(true))
                .extract().header("ETag");
        review(reviewer(), id, returned, "CONFIRM", "x").then().statusCode(409)
                .body("type", equalTo("urn:jembatan:problem:legacy-review-not-pending"))
                .body("legacyReview", equalTo("RETURNED"));
        Map<String, Object> corrected = serangHangzhouComplete();
        corrected.put("title", "Legacy Serang – Hangzhou (unconfirmed)");
        corrected.put("summary", "Approval letter attached");
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON).header("If-Match", returned).body(corrected)
                .put("/agreements/" + id).then().statusCode(200).body("legacyReview", equalTo("UNCONFIRMED"));
        review(reviewer(), id, etag(id), "CONFIRM", "Kemendagri B/9/2026").then().statusCode(200)
                .body("legacyReview", equalTo("CONFIRMED")).body("unconfirmed", equalTo(false))
                .body("legacyReviewRef", equalTo("Kemendagri B/9/2026"));
        given().get("/public/agreements/" + id).then().body("unconfirmed", equalTo(false));
        given().auth().oauth2(viewer()).queryParam("size", 50).get("/agreements/" + id + "/history").then()
                .body("items.action", contains("REGISTERED_LEGACY", "LEGACY_RETURNED", "UPDATED", "LEGACY_CONFIRMED"));
        transition(officer(SERANG), id, etag(id), "START_EVALUATION", null).then().statusCode(200);
    }

    @Test
    void aLegacyRegistrationWithoutAMinistryDecisionNeedsNoConfirmation() {
        String id = registerLegacy("DPRD_APPROVED", "Legacy Serang – Hangzhou (DPRD)").then().statusCode(201)
                .body("unconfirmed", equalTo(false)).body("legacyReview", nullValue())
                .body("dprdDecisionRef", equalTo("Keputusan DPRD Kota Serang 7/2019"))
                .extract().path("id");
        review(reviewer(), id, etag(id), "CONFIRM", "x").then().statusCode(409)
                .body("legacyReview", equalTo("NONE"));
        walk(id, "SUBMIT_TO_CENTRAL");
        String plain = createId(officer(SERANG), serangHangzhou());
        review(reviewer(), plain, etag(plain), "CONFIRM", "x").then().statusCode(409);
    }

    // ------------------------------------------------------------------------------------------------------
    // 9. Internal notes

    @Test
    void internalNotesAreForTheRegionsOfficersMinistryReviewersAndAdminsOnly() {
        String id = createId(officer(SERANG), serangHangzhouComplete());
        walk(id, "START_EXPLORATION");
        // the viewer reads first, so the cached rendering is in place for everyone after
        for (int round = 0; round < 2; round++) {
            given().auth().oauth2(viewer()).get("/agreements/" + id).then().statusCode(200)
                    .body("title", containsString("Hangzhou"))
                    .body("internalNotes", nullValue())
                    .body(not(containsString("not for the public")));
            for (String token : List.of(officer(SERANG), reviewer(), admin())) {
                given().auth().oauth2(token).get("/agreements/" + id).then().statusCode(200)
                        .body("internalNotes", equalTo("not for the public"));
            }
        }
        given().auth().oauth2(officer(TANGERANG)).get("/agreements/" + id).then().statusCode(403)
                .body(not(containsString("not for the public")));
        given().auth().oauth2(viewer()).get("/agreements/" + id + "/history").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.after.internalNotes", everyItem(nullValue()))
                .body(not(containsString("not for the public")));
        for (String token : List.of(officer(SERANG), reviewer(), admin())) {
            given().auth().oauth2(token).get("/agreements/" + id + "/history").then().statusCode(200)
                    .body("items[1].before.internalNotes", equalTo("not for the public"))
                    .body("items[1].after.internalNotes", equalTo("not for the public"));
        }
        given().auth().oauth2(officer(TANGERANG)).get("/agreements/" + id + "/history").then().statusCode(403);
        given().auth().oauth2(viewer()).queryParam("q", "Hangzhou").get("/agreements").then().statusCode(200)
                .body(not(containsString("not for the public")));

        Map<String, Object> confidential = serangHangzhouComplete();
        confidential.put("confidential", true);
        confidential.put("internalNotes", "negotiating position");
        String secret = createId(officer(SERANG), confidential);
        given().auth().oauth2(viewer()).get("/agreements/" + secret).then().statusCode(200)
                .body("confidential", equalTo(true)).body("internalNotes", nullValue());
        given().auth().oauth2(reviewer()).get("/agreements/" + secret).then().statusCode(200)
                .body("internalNotes", equalTo("negotiating position"));
    }
}
