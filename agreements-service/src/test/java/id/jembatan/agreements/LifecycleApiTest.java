package id.jembatan.agreements;

import id.jembatan.agreements.service.ExpirySweeper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static id.jembatan.agreements.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class LifecycleApiTest {

    @Inject
    ExpirySweeper sweeper;

    @Test
    void aReferenceAnotherAgreementHoldsIsAConflict() {
        Map<String, Object> first = serangHangzhou();
        first.put("reference", "KSD-TEST-REFERENCE-TAKEN");
        String firstId = createId(officer(SERANG), first);
        Map<String, Object> second = serangHangzhou();
        second.put("reference", "KSD-TEST-REFERENCE-TAKEN");
        create(officer(SERANG), second).then().statusCode(409)
                .body("type", equalTo("urn:jembatan:problem:reference-taken"));

        String otherId = createId(officer(SERANG), serangHangzhou());
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON).header("If-Match", etag(otherId))
                .body(second).put("/agreements/" + otherId).then().statusCode(409)
                .body("type", equalTo("urn:jembatan:problem:reference-taken"));
        // keeping its own reference is no conflict
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON).header("If-Match", etag(firstId))
                .body(first).put("/agreements/" + firstId).then().statusCode(200)
                .body("reference", equalTo("KSD-TEST-REFERENCE-TAKEN"));
    }

    @Test
    void anAgreementWalksFromInitiatedToRenewedWithItsHistory() {
        String id = createId(officer(SERANG), serangHangzhouComplete());
        String etag = walk(id, steps(TO_ACTIVE, "START_EVALUATION", "CONTINUE", "START_EVALUATION"));
        transition(officer(SERANG), id, etag, "RENEW", null).then().statusCode(200)
                .body("state", equalTo("RENEWED"))
                .body("stage", equalTo("IMPLEMENTATION"))
                .body("allowedActions", hasSize(0))
                .body("dprdDecisionRef", equalTo("REF-DPRD_APPROVE"))
                .body("verificationRef", equalTo("REF-VERIFY"))
                .body("negotiationRef", equalTo("REF-CONCLUDE_NEGOTIATION"))
                .body("centralApprovalRef", equalTo("REF-CENTRAL_APPROVE"))
                .body("fullPowersRef", equalTo("REF-SIGN"))
                .body("depositRef", equalTo("REF-ACTIVATE"));
        given().auth().oauth2(viewer()).queryParam("size", 50).get("/agreements/" + id + "/history")
                .then().statusCode(200)
                .body("totalItems", equalTo(17))
                .body("items[0].action", equalTo("CREATED"))
                .body("items[0].actor", equalTo("regional-officer-tester"))
                .body("items[1].before.state", equalTo("INITIATED"))
                .body("items[1].after.state", equalTo("EXPLORATION"))
                .body("items[5].note", startsWith(java.time.LocalDate.now().toString()))
                .body("items.action", hasItem("TRANSITION:CENTRAL_APPROVE"))
                .body("items[10].after.state", equalTo("APPROVED"))
                .body("items[11].after.state", equalTo("SIGNED"))
                .body("items[11].after.stage", equalTo("SIGNING"))
                .body("items[16].action", equalTo("TRANSITION:RENEW"));
    }

    @Test
    void aTransitionFromTheWrongStateIsA409NamingTheAllowedOnes() {
        String id = createId(officer(SERANG), serangHangzhou());
        transition(officer(SERANG), id, "\"0\"", "ACTIVATE", null).then().statusCode(409)
                .contentType("application/problem+json")
                .body("state", equalTo("INITIATED"))
                .body("allowedActions", containsInAnyOrder("START_EXPLORATION", "WITHDRAW"))
                .body("detail", equalTo("ACTIVATE is not possible from INITIATED; see allowedActions."));
        String etag = walk(id, "WITHDRAW");
        transition(officer(SERANG), id, etag, "START_EXPLORATION", null).then().statusCode(409)
                .body("allowedActions", hasSize(0));
    }

    @Test
    void leavingPlanningWithoutAnalysisOrClausesIsA422ListingWhatIsMissing() {
        String id = createId(officer(SERANG), serangHangzhou());
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("action", "START_EXPLORATION")).post("/agreements/" + id + "/transitions").then().statusCode(200);
        transition(officer(SERANG), id, etag(id), "SIGN_LOI", null).then().statusCode(422)
                .body("missingCodes", contains("guard.signed-loi"));
        Map<String, Object> withLoi = serangHangzhou();
        withLoi.put("instruments", List.of(Map.of("kind", "LOI", "signedOn", "2025-09-05")));
        // A clause recorded as absent without a reason is taken as said, but is not filled in for the guard.
        withLoi.put("clauses", Map.of("ENVIRONMENTAL_PROTECTION", Map.of("present", false)));
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON).header("If-Match", etag(id)).body(withLoi)
                .put("/agreements/" + id).then().statusCode(200);
        String etag = walk(id, "SIGN_LOI", "PREPARE_PLAN");
        transition(officer(SERANG), id, etag, "SUBMIT_TO_DPRD", null).then().statusCode(422)
                .contentType("application/problem+json")
                .body("missingCodes", contains("guard.cost-benefit-analysis", "guard.clause.COST_BENEFIT_ANALYSIS",
                        "guard.clause.ENVIRONMENTAL_PROTECTION", "guard.clause.FISCAL_PROVISIONS"))
                .body("missing[0]", equalTo("a cost-benefit analysis with costs and benefits"));
        given().auth().oauth2(officer(SERANG)).header("Accept-Language", "id").contentType(ContentType.JSON)
                .header("If-Match", etag).body(Map.of("action", "SUBMIT_TO_DPRD")).post("/agreements/" + id + "/transitions")
                .then().statusCode(422).body("title", equalTo("Persyaratan belum terpenuhi"))
                .body("missing[2]", equalTo("isian klausul ENVIRONMENTAL_PROTECTION"))
                .body("stage", equalTo("COOPERATION_PLAN"))
                .body("legalBasis", startsWith("Permendagri 25/2020: penyusunan rencana kerja sama, tahap 4"))
                .body("detail", containsString("Dasar hukum: Permendagri 25/2020"));
    }

    @Test
    void eachStageNeedsItsEvidenceAndTheRefusalCitesItsLegalBasis() {
        Map<String, Object> body = serangHangzhouComplete();
        body.put("instruments", List.of(Map.of("kind", "LOI", "signedOn", "2025-09-05")));
        body.remove("validFrom");
        String id = createId(officer(SERANG), body);
        String etag = walk(id, "START_EXPLORATION", "SIGN_LOI", "PREPARE_PLAN", "SUBMIT_TO_DPRD");
        transition(officer(SERANG), id, etag, "DPRD_APPROVE", null).then().statusCode(422)
                .body("missingCodes", contains("guard.dprd-decision"))
                .body("stage", equalTo("DPRD_APPROVAL"))
                .body("legalBasis", containsString("the DPRD's approval (persetujuan DPRD), stage 5"));
        etag = walk(id, "DPRD_APPROVE", "SUBMIT_TO_CENTRAL");
        transition(reviewer(), id, etag, "VERIFY", " ").then().statusCode(422)
                .body("missingCodes", contains("guard.verification")).body("stage", equalTo("VERIFICATION"));
        etag = walk(id, "VERIFY");
        transition(officer(SERANG), id, etag, "SUBMIT_DRAFT", null).then().statusCode(422)
                .body("missingCodes", contains("guard.draft-text")).body("stage", equalTo("DRAFTING"));
        body.put("instruments", List.of(Map.of("kind", "LOI", "signedOn", "2025-09-05"), Map.of("kind", "MOU")));
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .put("/agreements/" + id).then().statusCode(200);
        etag = walk(id, "SUBMIT_DRAFT");
        transition(reviewer(), id, etag, "CONCLUDE_NEGOTIATION", null).then().statusCode(422)
                .body("missingCodes", contains("guard.negotiation-outcome"));
        etag = walk(id, "CONCLUDE_NEGOTIATION");
        transition(reviewer(), id, etag, "CENTRAL_APPROVE", null).then().statusCode(422)
                .body("missingCodes", contains("guard.central-approval")).body("stage", equalTo("MINISTER_APPROVAL"));
        etag = walk(id, "CENTRAL_APPROVE");
        transition(officer(SERANG), id, etag, "SIGN", null).then().statusCode(422)
                .body("missingCodes", contains("guard.full-powers", "guard.signed-instrument"))
                .body("stage", equalTo("SIGNING"))
                .body("legalBasis", containsString("full-powers letter (surat kuasa) of the Minister of Foreign Affairs"));
        body.put("instruments", List.of(Map.of("kind", "LOI", "signedOn", "2025-09-05"), Map.of("kind", "MOU", "signedOn", "2026-02-01")));
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .put("/agreements/" + id).then().statusCode(200);
        etag = walk(id, "SIGN");
        transition(officer(SERANG), id, etag, "ACTIVATE", null).then().statusCode(422)
                .body("missingCodes", contains("guard.kemlu-deposit", "guard.valid-from"))
                .body("stage", equalTo("IMPLEMENTATION"))
                .body("missing[0]", equalTo("the reference of the deposit of the signed original with Kemlu"));
    }

    @Test
    void theElevenStagesArePublishedWithTheirNamesEvidenceAndStates() {
        given().get("/lifecycle/stages").then().statusCode(200)
                .body("", hasSize(11))
                .body("stage", contains("INITIATIVE", "EXPLORATION", "LETTER_OF_INTENT", "COOPERATION_PLAN", "DPRD_APPROVAL",
                        "VERIFICATION", "DRAFTING", "NEGOTIATION", "MINISTER_APPROVAL", "SIGNING", "IMPLEMENTATION"))
                .body("indonesianName", contains("prakarsa", "penjajakan", "pernyataan kehendak kerja sama",
                        "penyusunan rencana kerja sama", "persetujuan DPRD", "verifikasi", "penyusunan rancangan naskah",
                        "pembahasan naskah", "persetujuan Menteri", "penandatanganan", "pelaksanaan"))
                .body("[9].evidence", containsString("full-powers letter (surat kuasa)"))
                .body("[10].evidence", containsString("deposit of the signed original with Kemlu"))
                .body("[4].states", contains("DPRD_REVIEW", "DPRD_APPROVED"))
                .body("[5].states", contains("CENTRAL_REVIEW"))
                .body("[8].legalBasisIndonesian", containsString("persetujuan Menteri, tahap 9"));
    }

    @Test
    void aDecisionPastTheDeploymentsDeadlineIsShownOverdue() {
        // the test profile gives the DPRD 30 days (application.properties): a deployment's setting, not law
        String id = createId(officer(SERANG), serangHangzhouComplete());
        String etag = walk(id, "START_EXPLORATION", "SIGN_LOI", "PREPARE_PLAN");
        String submitted = java.time.LocalDate.now().minusDays(45).toString();
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("action", "SUBMIT_TO_DPRD", "date", submitted)).post("/agreements/" + id + "/transitions")
                .then().statusCode(200)
                .body("state", equalTo("DPRD_REVIEW"))
                .body("stage", equalTo("DPRD_APPROVAL"))
                .body("deadline", equalTo(java.time.LocalDate.now().minusDays(15).toString()))
                .body("overdue", equalTo(true));
        etag = walk(id, "DPRD_APPROVE");
        given().auth().oauth2(viewer()).get("/agreements/" + id).then().statusCode(200)
                .body("state", equalTo("DPRD_APPROVED")).body("overdue", equalTo(false))
                .body("deadline", org.hamcrest.Matchers.nullValue());
        String onTime = createId(officer(SERANG), serangHangzhouComplete());
        walk(onTime, "START_EXPLORATION", "SIGN_LOI", "PREPARE_PLAN", "SUBMIT_TO_DPRD");
        given().auth().oauth2(viewer()).get("/agreements/" + onTime).then().statusCode(200)
                .body("overdue", equalTo(false))
                .body("deadline", equalTo(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).plusDays(30).toString()));
    }

    @Test
    void rejectionsAndTerminationEndTheAgreement() {
        String dprd = createId(officer(SERANG), serangHangzhouComplete());
        String etag = walk(dprd, "START_EXPLORATION", "SIGN_LOI", "PREPARE_PLAN", "SUBMIT_TO_DPRD");
        transition(officer(SERANG), dprd, etag, "DPRD_REJECT", "Keputusan DPRD 3/2026").then().statusCode(200)
                .body("state", equalTo("REJECTED"));
        String central = createId(officer(SERANG), serangHangzhouComplete());
        etag = walk(central, TO_VERIFICATION);
        transition(reviewer(), central, etag, "CENTRAL_REJECT", null).then().statusCode(200).body("state", equalTo("REJECTED"));
        String minister = createId(officer(SERANG), serangHangzhouComplete());
        etag = walk(minister, TO_MINISTER_REVIEW);
        transition(officer(SERANG), minister, etag, "CENTRAL_REJECT", null).then().statusCode(403);
        transition(reviewer(), minister, etag, "CENTRAL_REJECT", null).then().statusCode(200)
                .body("state", equalTo("REJECTED")).body("stage", org.hamcrest.Matchers.nullValue());
        String active = createId(officer(SERANG), serangHangzhouComplete());
        etag = walk(active, TO_ACTIVE);
        transition(officer(SERANG), active, etag, "TERMINATE", null).then().statusCode(200).body("state", equalTo("TERMINATED"));
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON).header("If-Match", etag(active))
                .body(serangHangzhouComplete()).put("/agreements/" + active)
                .then().statusCode(409).body("state", equalTo("TERMINATED"));
    }

    @Test
    void legacyAgreementsAreRegisteredInTheirStateAndExpireWhenTheirTimeIsUp() {
        Map<String, Object> agreement = serangHangzhouComplete();
        agreement.put("validFrom", "2015-01-01");
        agreement.put("validUntil", "2020-12-31");
        String id = given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON)
                .body(Map.of("agreement", agreement, "state", "ACTIVE", "note", "From the paper archive"))
                .post("/agreements/legacy-registrations")
                .then().statusCode(201).body("state", equalTo("ACTIVE")).body("legacy", equalTo(true))
                .body("unconfirmed", equalTo(true))
                .extract().path("id");
        given().auth().oauth2(viewer()).get("/agreements/" + id + "/history").then()
                .body("items[0].action", equalTo("REGISTERED_LEGACY"))
                .body("items[0].note", equalTo("Registered in state ACTIVE from before the system: From the paper archive"));
        sweeper.sweep();
        given().auth().oauth2(viewer()).get("/agreements/" + id).then().body("state", equalTo("EXPIRED"));
        given().auth().oauth2(viewer()).get("/agreements/" + id + "/history").then()
                .body("items[1].action", equalTo("TRANSITION:EXPIRE")).body("items[1].actor", equalTo("system"));
    }

    @Test
    void activitiesKeepAnAgreementAwakeAndAreLogged() {
        Map<String, Object> agreement = serangHangzhouComplete();
        agreement.put("validFrom", "2023-01-01");
        String id = given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON)
                .body(Map.of("agreement", agreement, "state", "ACTIVE", "note", "legacy"))
                .post("/agreements/legacy-registrations").then().statusCode(201).body("dormant", equalTo(true)).extract().path("id");
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON)
                .body(Map.of("kind", "TRAINING", "occurredOn", java.time.LocalDate.now().minusDays(3).toString(),
                        "peopleTrained", 40, "description", "Digital skills"))
                .post("/agreements/" + id + "/activities").then().statusCode(201).body("peopleTrained", equalTo(40));
        given().auth().oauth2(viewer()).get("/agreements/" + id).then().body("dormant", equalTo(false))
                .body("outputs.peopleTrained", equalTo(40));
        given().auth().oauth2(viewer()).get("/agreements/" + id + "/activities").then()
                .body("totalItems", equalTo(1)).body("items[0].kind", equalTo("TRAINING"));
    }
}
