package id.jembatan.directory;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.sql.Connection;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Overload: when every pooled connection is busy, a request is refused quickly with 503 and Retry-After (the
 * caller may retry), not failed with a 500 after a long wait, and the liveness probe is not held up.
 */
@QuarkusTest
@TestProfile(PoolExhaustionTest.TwoConnections.class)
class PoolExhaustionTest {

    /** A pool of two, so that the test can hold all of it. */
    public static class TwoConnections implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", "2");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource(value = "/health/live", management = true)
    URL liveness;

    @Test
    void anExhaustedPoolIsAQuick503WithRetryAfter() throws Exception {
        given().get("/countries/ID").then().statusCode(200);
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            given().get("/countries/ID").then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("type", equalTo("urn:jembatan:problem:unavailable"))
                    .time(lessThan(2000L));
            given().get(liveness).then().statusCode(200).time(lessThan(500L));
        }
        given().get("/countries/ID").then().statusCode(200);
    }
}
