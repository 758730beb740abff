package id.jembatan.agreements;

import id.jembatan.devtools.testing.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The committed OpenAPI document is the contract: the build fails when the code and the document disagree. */
@QuarkusTest
class OpenApiContractTest {

    private static final Path COMMITTED = Path.of("openapi", "agreements-service.json");

    @Test
    void committedDocumentMatchesTheRunningCode() throws Exception {
        String served = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        assertNull(OpenApiContract.drift(served, COMMITTED));
    }

    @Test
    void documentIsAlsoServedAsYaml() {
        given().get("/q/openapi").then().statusCode(200)
                .contentType(containsString("yaml"))
                .body(containsString("openapi: 3.0.3"), containsString("title: Jembatan agreements-service"),
                        containsString("/agreements/{id}:"));
    }

    @Test
    void documentFollowsTheConventions() throws Exception {
        assertEquals(List.of(), OpenApiContract.conventionBreaches(COMMITTED));
        assertEquals(List.of(), OpenApiContract.undescribedSchemas(COMMITTED));
    }
}
