package id.jembatan.assessment;

import id.jembatan.devtools.testing.OpenApiContract;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The packaged service (production profile, as deployed) serves the committed contract, also to several first
 * readers at once and as YAML: what generated clients are built from is what production answers.
 */
@QuarkusIntegrationTest
class PackagedOpenApiIT {

    @Test
    void concurrentFirstFetchesAllServeTheCommittedContract() throws Exception {
        URI service = URI.create(RestAssured.baseURI + ":" + RestAssured.port);
        assertEquals(List.of(), OpenApiContract.firstFetchesBreaches(service, 8, Path.of("openapi", "assessment-service.json")));
    }
}
