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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class LifecycleApiTest {

    @Inject
    ExpirySweeper sweeper;

    @Test
    void anAgreementWalksFromInitiatedToRenewedWithItsHistory() {
        String id = createId(officer(SERANG), serangHangzhouComplete());
        String etag = walk(id, "START_EXPLORATION", "SIGN_LOI", "PREPARE_PLAN", "SUBMIT_TO_DPRD", "DPRD_APPROVE",
                "SUBMIT_TO_CENTRAL", "CENTRAL_APPROVE", "ACTIVATE", "START_EVALUATION", "CONTINUE", "START_EVALUATION");
        transition(officer(SERANG), id, etag, "RENEW", null).then().statusCode(200)
                .body("state", equalTo("RENEWED"))
                .body("allowedActions", hasSize(0))
                .body("dprdDecisionRef", equalTo("REF-DPRD_APPROVE"))
                .body("centralApprovalRef", equalTo("REF-CENTRAL_APPROVE"));
        given().auth().oauth2(viewer()).queryParam("size", 50).get("/agreements/" + id + "/history")
                .then().statusCode(200)
                .body("totalItems", equalTo(13))
                .body("items[0].action", equalTo("CREATED"))
                .body("items[0].actor", equalTo("regional-officer-tester"))
                .body("items[1].before.state", equalTo("INITIATED"))
                .body("items[1].after.state", equalTo("EXPLORATION"))
                .body("items[5].note", startsWith(java.time.LocalDate.now().toString()))
                .body("items.action", hasItem("TRANSITION:CENTRAL_APPROVE"))
                .body("items[12].action", equalTo("TRANSITION:RENEW"));
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
                .body("missing[2]", equalTo("isian klausul ENVIRONMENTAL_PROTECTION"));
    }

    @Test
    void dprdApprovalNeedsTheDecisionAndActivationASignedInstrumentAndStartDate() {
        Map<String, Object> body = serangHangzhouComplete();
        body.put("instruments", List.of(Map.of("kind", "LOI", "signedOn", "2025-09-05"), Map.of("kind", "MOU")));
        body.remove("validFrom");
        String id = createId(officer(SERANG), body);
        String etag = walk(id, "START_EXPLORATION", "SIGN_LOI", "PREPARE_PLAN", "SUBMIT_TO_DPRD");
        transition(officer(SERANG), id, etag, "DPRD_APPROVE", null).then().statusCode(422)
                .body("missingCodes", contains("guard.dprd-decision"));
        etag = walk(id, "DPRD_APPROVE", "SUBMIT_TO_CENTRAL");
        transition(reviewer(), id, etag, "CENTRAL_APPROVE", null).then().statusCode(422)
                .body("missingCodes", contains("guard.central-approval"));
        etag = walk(id, "CENTRAL_APPROVE");
        transition(officer(SERANG), id, etag, "ACTIVATE", null).then().statusCode(422)
                .body("missingCodes", contains("guard.signed-instrument", "guard.valid-from"));
    }

    @Test
    void rejectionsAndTerminationEndTheAgreement() {
        String dprd = createId(officer(SERANG), serangHangzhouComplete());
        String etag = walk(dprd, "START_EXPLORATION", "SIGN_LOI", "PREPARE_PLAN", "SUBMIT_TO_DPRD");
        transition(officer(SERANG), dprd, etag, "DPRD_REJECT", "Keputusan DPRD 3/2026").then().statusCode(200)
                .body("state", equalTo("REJECTED"));
        String central = createId(officer(SERANG), serangHangzhouComplete());
        etag = walk(central, "START_EXPLORATION", "SIGN_LOI", "PREPARE_PLAN", "SUBMIT_TO_DPRD", "DPRD_APPROVE", "SUBMIT_TO_CENTRAL");
        transition(reviewer(), central, etag, "CENTRAL_REJECT", null).then().statusCode(200).body("state", equalTo("REJECTED"));
        String active = createId(officer(SERANG), serangHangzhouComplete());
        etag = walk(active, "START_EXPLORATION", "SIGN_LOI", "PREPARE_PLAN", "SUBMIT_TO_DPRD", "DPRD_APPROVE",
                "SUBMIT_TO_CENTRAL", "CENTRAL_APPROVE", "ACTIVATE");
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
