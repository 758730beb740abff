package id.jembatan.agreements;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static id.jembatan.agreements.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/** The authorization matrix: 401 without a token, 403 for the wrong role or region, and nothing leaks. */
@QuarkusTest
class AuthorizationTest {

    @Test
    void everyNonPublicEndpointNeedsAToken() {
        String id = createId(officer(SERANG), serangHangzhou());
        given().get("/agreements").then().statusCode(401).contentType("application/problem+json");
        given().get("/agreements/" + id).then().statusCode(401);
        given().get("/agreements/" + id + "/history").then().statusCode(401);
        given().get("/agreements/export").then().statusCode(401);
        given().get("/changes").then().statusCode(401);
        given().contentType(ContentType.JSON).body(serangHangzhou()).post("/agreements").then().statusCode(401);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("action", "WITHDRAW"))
                .post("/agreements/" + id + "/transitions").then().statusCode(401);
    }

    @Test
    void onlyTheRegionsOwnOfficerOrAnAdminRegistersItsAgreements() {
        create(officer(TANGERANG), serangHangzhou()).then().statusCode(403).contentType("application/problem+json");
        create(viewer(), serangHangzhou()).then().statusCode(403);
        create(reviewer(), serangHangzhou()).then().statusCode(403);
        create(TestTokensWithoutRegion.officer(), serangHangzhou()).then().statusCode(403);
        create(admin(), serangHangzhou()).then().statusCode(201);
        create(officer(SERANG), serangHangzhou()).then().statusCode(201);
    }

    @Test
    void anotherRegionsOfficerLearnsNothing() {
        String id = createId(officer(SERANG), serangHangzhou());
        String missing = UUID.randomUUID().toString();
        for (String path : new String[]{"/agreements/" + id, "/agreements/" + missing}) {
            given().auth().oauth2(officer(TANGERANG)).get(path).then().statusCode(403)
                    .body(not(containsString("Hangzhou")))
                    .body("type", equalTo("urn:jembatan:problem:agreement-not-accessible"));
        }
        given().auth().oauth2(officer(TANGERANG)).get("/agreements/" + id + "/history").then().statusCode(403);
        given().auth().oauth2(officer(TANGERANG)).get("/agreements/" + id + "/activities").then().statusCode(403);
        given().auth().oauth2(officer(TANGERANG)).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("action", "WITHDRAW")).post("/agreements/" + id + "/transitions").then().statusCode(403)
                .body(not(containsString("INITIATED")));
        given().auth().oauth2(officer(TANGERANG)).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(serangHangzhou()).put("/agreements/" + id).then().statusCode(403);
        given().auth().oauth2(officer(TANGERANG)).contentType(ContentType.JSON)
                .body(Map.of("kind", "VISIT", "occurredOn", "2026-01-01")).post("/agreements/" + id + "/activities")
                .then().statusCode(403);
        given().auth().oauth2(officer(TANGERANG)).queryParam("size", 200).get("/agreements").then().statusCode(200)
                .body("items.regionCode", everyItem(equalTo(TANGERANG)));
        given().auth().oauth2(officer(TANGERANG)).get("/agreements/export").then().statusCode(200)
                .body(not(containsString(id)));
    }

    @Test
    void centralDecisionsBelongToMinistryReviewers() {
        String id = createId(officer(SERANG), serangHangzhouComplete());
        String etag = walk(id, TO_VERIFICATION);
        transition(officer(SERANG), id, etag, "VERIFY", "X").then().statusCode(403)
                .body("type", equalTo("urn:jembatan:problem:forbidden-central-decision"));
        transition(viewer(), id, etag, "VERIFY", "X").then().statusCode(403);
        transition(reviewer(), id, etag, "WITHDRAW", null).then().statusCode(403);
        transition(reviewer(), id, etag, "VERIFY", "Verifikasi Kemendagri 100/2026").then().statusCode(200)
                .body("state", equalTo("DRAFTING"));
        etag = walk(id, "SUBMIT_DRAFT");
        transition(officer(SERANG), id, etag, "CONCLUDE_NEGOTIATION", "X").then().statusCode(403);
        etag = walk(id, "CONCLUDE_NEGOTIATION");
        transition(officer(SERANG), id, etag, "CENTRAL_APPROVE", "X").then().statusCode(403);
        transition(reviewer(), id, etag, "CENTRAL_APPROVE", "Persetujuan Menteri 100/2026").then().statusCode(200)
                .body("state", equalTo("APPROVED"));
    }

    @Test
    void viewersAndReviewersReadEveryRegion() {
        String id = createId(officer(SERANG), serangHangzhou());
        given().auth().oauth2(viewer()).get("/agreements/" + id).then().statusCode(200).body("title", containsString("Hangzhou"));
        given().auth().oauth2(reviewer()).get("/agreements/" + id).then().statusCode(200);
        given().auth().oauth2(viewer()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("action", "WITHDRAW")).post("/agreements/" + id + "/transitions").then().statusCode(403);
        given().auth().oauth2(officer(SERANG)).get("/changes").then().statusCode(403);
    }

    /** A regional officer token that lacks the region claim. */
    static final class TestTokensWithoutRegion {
        static String officer() {
            return id.jembatan.devtools.testing.TestKeys.token("regional-officer", null);
        }
    }
}
