package id.jembatan.assessment;

import id.jembatan.devtools.testing.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The committed OpenAPI document is the contract: the build fails when the code and the document disagree. */
@QuarkusTest
class OpenApiContractTest {

    private static final Path COMMITTED = Path.of("openapi", "assessment-service.json");

    @Test
    void committedDocumentMatchesTheRunningCode() throws Exception {
        String served = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        assertNull(OpenApiContract.drift(served, COMMITTED));
    }

    @Test
    void documentFollowsTheConventions() throws Exception {
        assertEquals(List.of(), OpenApiContract.conventionBreaches(COMMITTED));
    }

    @Test
    void everySchemaIsDescribed() throws Exception {
        assertEquals(List.of(), OpenApiContract.undescribedSchemas(COMMITTED));
    }
}
