package id.jembatan.assessment.service;

import id.jembatan.assessment.repository.ProjectionRepository;
import id.jembatan.devtools.testing.TestKeys;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static id.jembatan.assessment.Stubs.SERANG_HANGZHOU;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An assessment brings the projection up to the change feed before it reads the portfolios, with no scheduled
 * poll: what was registered before the assessment began is counted. The recorded feed has two changes.
 */
@QuarkusTest
@TestProfile(CatchUpTest.CatchingUp.class)
class CatchUpTest {

    @Inject
    ProjectionRepository projection;

    @Inject
    ChangeFollower follower;

    @Test
    void anAssessmentCatchesTheProjectionUpWithTheFeedFirst() {
        assertEquals(0, QuarkusTransaction.requiringNew().call(projection::position));

        given().auth().oauth2(TestKeys.token("admin")).contentType(ContentType.JSON)
                .body(Map.of("agreementId", SERANG_HANGZHOU)).post("/assessments").then().statusCode(201);

        assertEquals(2, QuarkusTransaction.requiringNew().call(projection::position));
        assertEquals(1, follower.projectionGeneration());
        given().auth().oauth2(TestKeys.token("viewer")).queryParam("scope", "national").get("/portfolio").then()
                .statusCode(200).body("freshness.changePosition", org.hamcrest.Matchers.equalTo(2));
    }

    public static class CatchingUp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("jembatan.assessment.catch-up-before-assessing", "true");
        }
    }
}
