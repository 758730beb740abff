package id.jembatan.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed OpenAPI document is the contract that generated clients are built from: the build fails when
 * the running code and the document disagree. After an intended API change, regenerate the document with
 * {@code JEMBATAN_OPENAPI_WRITE=true ./mvnw -pl directory-service test -Dtest=OpenApiContractTest} and commit it.
 */
@QuarkusTest
class OpenApiContractTest {

    static final Path COMMITTED = Path.of("openapi", "directory-service.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void committedDocumentMatchesTheRunningCode() throws Exception {
        String served = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        JsonNode actual = JSON.readTree(served);
        String pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n";
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "directory-service.openapi.json"), pretty);
        if ("true".equals(System.getenv("JEMBATAN_OPENAPI_WRITE"))) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, pretty);
        }
        assertTrue(Files.exists(COMMITTED), "No committed OpenAPI document at " + COMMITTED.toAbsolutePath());
        assertEquals(JSON.readTree(Files.readString(COMMITTED)), actual,
                "The API differs from the committed contract " + COMMITTED + "; see target/directory-service.openapi.json");
    }

    @Test
    void documentFollowsTheConventions() throws Exception {
        JsonNode document = JSON.readTree(Files.readString(COMMITTED));
        assertTrue(document.get("openapi").asText().startsWith("3.0."), "OpenAPI 3.0.x");
        assertFalse(document.has("servers"), "no server URLs baked in");
        List<String> problems = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            String name = operation.getKey().toUpperCase() + " " + path.getKey();
            JsonNode op = operation.getValue();
            if (!op.hasNonNull("operationId")) {
                problems.add(name + " has no operationId");
            }
            JsonNode responses = op.get("responses");
            if (responses == null || !responses.has("400") || !responses.has("500")) {
                problems.add(name + " lacks its error responses");
            } else if (!responses.get("400").path("content").has("application/problem+json")) {
                problems.add(name + " errors are not problem documents");
            }
            if (op.has("security") && !responses.has("401")) {
                problems.add(name + " is secured but documents no 401");
            }
        }));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(document.toString().contains("\"example\""), "the document carries examples");
    }
}
