package id.jembatan.assessment;

import id.jembatan.devtools.testing.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

@QuarkusTest
class ScoringModelApiTest {

    @Test
    void versionsArePublicAndAdminsAddVersions() {
        given().get("/scoring-models/1").then().statusCode(200).body("version", equalTo(1))
                .body("concentration.judgeAgreementEffect", equalTo(false));
        // Version 2 is built in and the default: version 1 without its false alarms.
        Map<String, Object> v2 = given().get("/scoring-models/2").then().statusCode(200)
                .body("version", equalTo(2))
                .body("concentration.judgeAgreementEffect", equalTo(true))
                .body("concentration.smallPortfolioCoversDominance", equalTo(true))
                .body("fiscal.revenueNeededOnlyWithObligations", equalTo(true))
                .body("rulePoints.'FISCAL.NOT_ASSESSABLE'", equalTo(0))
                .extract().jsonPath().getMap("$");
        given().get("/scoring-models").then().statusCode(200).body("size()", greaterThan(0));
        given().get("/scoring-models/999").then().statusCode(404).contentType("application/problem+json");
        given().get("/scoring-models/one").then().statusCode(400);

        Map<String, Object> proposal = new HashMap<>(v2);
        given().auth().oauth2(TestKeys.token("viewer")).contentType(ContentType.JSON).body(proposal).post("/scoring-models")
                .then().statusCode(403);
        int version = given().auth().oauth2(TestKeys.token("admin")).contentType(ContentType.JSON).body(proposal)
                .queryParam("note", "same weights, for the test").post("/scoring-models")
                .then().statusCode(201).extract().path("version");
        given().get("/scoring-models/" + version).then().statusCode(200).body("version", equalTo(version));

        Map<String, Object> unpriced = new HashMap<>(v2);
        unpriced.put("rulePoints", Map.of("TRANSPARENCY.CBA_MISSING", 40));
        given().auth().oauth2(TestKeys.token("admin")).contentType(ContentType.JSON).body(unpriced).post("/scoring-models")
                .then().statusCode(400).body("errors[0].field", equalTo("rulePoints"));
        given().auth().oauth2(TestKeys.token("admin")).contentType(ContentType.JSON).body("{\"version\": \"x\"}").post("/scoring-models")
                .then().statusCode(400);
    }
}
