package id.jembatan.directory;

import id.jembatan.devtools.testing.OpenApiContract;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The packaged service builds its OpenAPI document on the first request instead of at start-up
 * ({@code LazyOpenApiDocumentService}, production builds only): concurrent first readers all get the whole contract.
 */
@QuarkusIntegrationTest
class PackagedOpenApiIT {

    @Test
    void concurrentFirstFetchesAllServeTheCommittedContract() throws Exception {
        URI service = URI.create(RestAssured.baseURI + ":" + RestAssured.port);
        assertEquals(List.of(), OpenApiContract.firstFetchesBreaches(service, 8, Path.of("openapi", "directory-service.json")));
    }
}
