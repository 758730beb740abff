package id.jembatan.agreements;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static id.jembatan.agreements.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** GET /public/agreements/{id}/activities: a public agreement's implementation log without a token, never a confidential one's. */
@QuarkusTest
class PublicActivitiesApiTest {

    /** An ACTIVE agreement of Kota Serang in effect since 2023, registered from before the system. */
    private static String activeSince2023(Map<String, Object> agreement) {
        agreement.put("validFrom", "2023-01-01");
        return given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON)
                .body(Map.of("agreement", agreement, "state", "ACTIVE", "note", "public activities test"))
                .post("/agreements/legacy-registrations").then().statusCode(201).extract().path("id");
    }

    private static void record(String id, String kind, LocalDate on, String description) {
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON)
                .body(Map.of("kind", kind, "occurredOn", on.toString(), "description", description, "peopleTrained", 5))
                .post("/agreements/" + id + "/activities").then().statusCode(201);
    }

    @Test
    void thePublicReadsAPublicAgreementsLogPageByPageLatestFirstWithoutWhoRecordedIt() {
        String id = activeSince2023(serangHangzhouComplete());
        given().get("/public/agreements/" + id).then().statusCode(200)
                .body("dormant", equalTo(true)).body("lastActivityOn", nullValue());
        given().get("/public/agreements/" + id + "/activities").then().statusCode(200)
                .body("totalItems", equalTo(0)).body("items.size()", equalTo(0));

        LocalDate today = LocalDate.now();
        record(id, "TRAINING", today.minusDays(30), "Digital skills for MSMEs");
        record(id, "VISIT", today.minusDays(3), "Delegation to Hangzhou");
        record(id, "MEETING", today.minusDays(10), "Joint committee");

        given().queryParam("size", 2).get("/public/agreements/" + id + "/activities").then().statusCode(200)
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2)).body("size", equalTo(2))
                .body("items.kind", contains("VISIT", "MEETING"))
                .body("items[0].description", equalTo("Delegation to Hangzhou"))
                .body("items[0].peopleTrained", equalTo(5))
                .body("items", everyItem(not(hasKey("recordedBy"))));
        given().queryParam("size", 2).queryParam("page", 1).get("/public/agreements/" + id + "/activities").then()
                .statusCode(200).body("page", equalTo(1)).body("items.kind", contains("TRAINING"));
        // Dormancy is the registry's one definition, for the public too.
        given().get("/public/agreements/" + id).then().statusCode(200)
                .body("dormant", equalTo(false)).body("lastActivityOn", equalTo(today.minusDays(3).toString()));
    }

    @Test
    void nothingOfAConfidentialAgreementsLogReachesThePublicEndpointEvenWithAToken() {
        Map<String, Object> secret = serangHangzhouComplete();
        secret.put("confidential", true);
        String id = activeSince2023(secret);
        record(id, "MEETING", LocalDate.now().minusDays(1), "Secret round on data centres");
        given().auth().oauth2(viewer()).get("/agreements/" + id + "/activities").then().statusCode(200)
                .body("totalItems", equalTo(1));

        given().get("/public/agreements/" + id + "/activities").then().statusCode(404)
                .contentType("application/problem+json")
                .body(not(containsString("Secret round"))).body(not(containsString("MEETING")));
        given().auth().oauth2(viewer()).get("/public/agreements/" + id + "/activities").then().statusCode(404)
                .body(not(containsString("Secret round")));
        given().auth().oauth2(officer(SERANG)).get("/public/agreements/" + id + "/activities").then().statusCode(404)
                .body(not(containsString("Secret round")));
    }

    @Test
    void aMissingAgreementIsNotFoundAndABadPageIsRefused() {
        given().get("/public/agreements/" + UUID.randomUUID() + "/activities").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/public/agreements/not-an-id/activities").then().statusCode(404);
        String id = activeSince2023(serangHangzhouComplete());
        given().queryParam("size", 0).get("/public/agreements/" + id + "/activities").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("size", 201).get("/public/agreements/" + id + "/activities").then().statusCode(400);
    }
}
