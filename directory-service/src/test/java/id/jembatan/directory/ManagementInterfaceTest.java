package id.jembatan.directory;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Health and metrics answer on the management port only; the API port, which callers reach, serves neither. */
@QuarkusTest
class ManagementInterfaceTest {

    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @TestHTTPResource(value = "/health/live", management = true)
    URL liveness;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void healthIncludesTheDatabaseOnTheManagementPort() {
        given().get(readiness).then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().get(liveness).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAreScrapedFromTheManagementPort() {
        given().get("/countries/ID").then().statusCode(200);
        given().get(metrics).then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/countries/{code}\""));
    }

    @Test
    void theApiPortServesNeitherMetricsNorHealth() {
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/health").then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(404);
    }
}
