package id.jembatan.client.testing;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContractConformanceTest {

    private static final String CONTRACT = """
            {"openapi": "3.0.3", "info": {"title": "regions", "version": "1.0"}, "paths": {
              "/regions/{code}": {"get": {"operationId": "getRegion",
                "parameters": [{"name": "code", "in": "path", "required": true, "schema": {"type": "string"}}],
                "responses": {
                  "200": {"description": "the region", "headers": {"ETag": {"required": true, "schema": {"type": "string"}}},
                    "content": {"application/json": {"schema": {"type": "object", "required": ["name"],
                      "properties": {"name": {"type": "string"}, "level": {"type": "integer"}}}}}},
                  "404": {"description": "none", "content": {"application/problem+json": {"schema": {"type": "object",
                    "required": ["type", "status"], "properties": {"type": {"type": "string"}, "status": {"type": "integer"}}}}}}}}},
              "/regions": {"post": {"operationId": "createRegion",
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object",
                  "required": ["name"], "properties": {"name": {"type": "string"}}}}}},
                "responses": {"201": {"description": "created", "content": {"application/json": {"schema": {"type": "object",
                  "required": ["name"], "properties": {"name": {"type": "string"}}}}}}}}}}}
            """;

    @TempDir
    Path directory;

    private HttpServer server;
    private ContractConformance contract;
    private HttpClient client;

    /** Answers as the test tells it: status, headers and body per path. */
    private void answer(String path, int status, String contentType, String etag, String body) {
        server.createContext(path, exchange -> {
            exchange.getRequestBody().readAllBytes();
            if (contentType != null) {
                exchange.getResponseHeaders().add("Content-Type", contentType);
            }
            if (etag != null) {
                exchange.getResponseHeaders().add("ETag", etag);
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
    }

    @BeforeEach
    void start() throws IOException {
        Path file = directory.resolve("contract.json");
        Files.writeString(file, CONTRACT);
        contract = ContractConformance.of(file);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.start();
        client = contract.httpClientBuilder().build();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void answersTheContractDescribesPassAndTheCallerStillReadsThem() throws Exception {
        answer("/regions/36.73", 200, "application/json", "\"3\"", "{\"name\": \"Kota Serang\", \"level\": 2}");
        answer("/regions/99.99", 404, "application/problem+json", null, "{\"type\": \"urn:x\", \"status\": 404}");
        assertEquals("{\"name\": \"Kota Serang\", \"level\": 2}", get("/regions/36.73").body());
        assertEquals(404, get("/regions/99.99").statusCode());
        assertEquals(List.of(), contract.breaches());
        assertEquals(List.of("createRegion (POST /regions) on a success path", "createRegion (POST /regions) on an error path"),
                contract.uncalledOperations());
        assertThrows(AssertionError.class, contract::assertEveryOperationCalled);

        contract.withoutCallerErrors("createRegion");
        assertEquals(List.of("createRegion (POST /regions) on a success path"), contract.uncalledOperations());
    }

    @Test
    void aWrongBodyAMissingHeaderAndAnUndocumentedStatusAreBreaches() throws Exception {
        answer("/regions/36.73", 200, "application/json", null, "{\"name\": 7}");
        answer("/regions/99.99", 406, "application/problem+json", null, "{\"type\": \"urn:x\", \"status\": 406}");
        get("/regions/36.73");
        get("/regions/99.99");
        List<String> breaches = contract.breaches();
        assertTrue(breaches.stream().anyMatch(b -> b.startsWith("GET /regions/36.73 -> 200") && b.contains("ETag")), breaches.toString());
        assertTrue(breaches.stream().anyMatch(b -> b.startsWith("GET /regions/36.73 -> 200") && b.contains("integer")), breaches.toString());
        assertTrue(breaches.stream().anyMatch(b -> b.startsWith("GET /regions/99.99 -> 406")), breaches.toString());
        AssertionError failure = assertThrows(AssertionError.class, contract::assertConforms);
        assertTrue(failure.getMessage().contains("depart from the contract"));
    }

    @Test
    void aRequestBrokenOnPurposeIsNotHeldAgainstTheContractButItsAnswerIs() throws Exception {
        answer("/regions", 201, "application/json", null, "{\"name\": \"Kota Baru\"}");
        HttpRequest invalid = HttpRequest.newBuilder(uri("/regions")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"level\": 2}")).build();
        contract.outsideTheContract(() -> {
            try {
                assertEquals(201, client.send(invalid, HttpResponse.BodyHandlers.ofString()).statusCode());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(List.of(), contract.breaches());
        client.send(invalid, HttpResponse.BodyHandlers.ofString());
        assertTrue(contract.breaches().stream().anyMatch(b -> b.contains("name")), contract.breaches().toString());
        assertEquals("{\"level\": 2}", new String(contract.exchanges().get(0).requestBody(), StandardCharsets.UTF_8));
    }
}
