package id.jembatan.devtools.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The checks every service runs on its OpenAPI document: the committed file (the contract generated clients
 * are built from) must equal what the running code serves, and it must follow the conventions. After an
 * intended API change, run the service's contract test with {@code JEMBATAN_OPENAPI_WRITE=true} and commit
 * the regenerated file.
 */
public final class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApiContract() {
    }

    /** @return a description of the drift, or null when the served document equals the committed one */
    public static String drift(String served, Path committed) throws IOException {
        JsonNode actual = JSON.readTree(served);
        String pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n";
        Path generated = Path.of("target", committed.getFileName().toString());
        Files.createDirectories(generated.getParent());
        Files.writeString(generated, pretty);
        if ("true".equals(System.getenv("JEMBATAN_OPENAPI_WRITE"))) {
            Files.createDirectories(committed.toAbsolutePath().getParent());
            Files.writeString(committed, pretty);
        }
        if (!Files.exists(committed)) {
            return "No committed OpenAPI document at " + committed.toAbsolutePath();
        }
        return JSON.readTree(Files.readString(committed)).equals(actual) ? null
                : "The API differs from the committed contract " + committed + "; compare with " + generated;
    }

    /**
     * Asks a freshly started service for its document from several clients at once, as JSON, and once as YAML:
     * the packaged services build the document on its first request.
     *
     * @return every answer that is not the whole committed contract, described
     */
    public static List<String> firstFetchesBreaches(URI service, int clients, Path committed) throws IOException {
        JsonNode contract = JSON.readTree(Files.readString(committed));
        HttpClient http = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            answers.add(http.sendAsync(HttpRequest.newBuilder(service.resolve("/q/openapi?format=json")).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        answers.add(http.sendAsync(HttpRequest.newBuilder(service.resolve("/q/openapi")).build(),
                HttpResponse.BodyHandlers.ofString()));
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            HttpResponse<String> answer = answers.get(i).join();
            boolean yaml = i == clients;
            String which = yaml ? "YAML" : "JSON " + i;
            if (answer.statusCode() != 200) {
                problems.add(which + ": status " + answer.statusCode());
            } else if (!(yaml ? isYamlOf(answer.body(), contract) : JSON.readTree(answer.body()).equals(contract))) {
                problems.add(which + ": not the committed contract");
            }
        }
        return problems;
    }

    /** The YAML rendering is not parsed here (no YAML reader in this module): its version and title must show. */
    private static boolean isYamlOf(String body, JsonNode contract) {
        return body.startsWith("---\nopenapi: " + contract.path("openapi").asText())
                && body.contains("title: " + contract.path("info").path("title").asText());
    }

    /** @return the names of the component schemas without a description (every schema should have one) */
    public static List<String> undescribedSchemas(Path committed) throws IOException {
        List<String> names = new ArrayList<>();
        JSON.readTree(Files.readString(committed)).path("components").path("schemas").fields().forEachRemaining(schema -> {
            if (!schema.getValue().hasNonNull("description")) {
                names.add(schema.getKey());
            }
        });
        return names;
    }

    /**
     * @return every breach of the conventions: OpenAPI 3.0, a servers entry, operationIds, problem responses, response
     * codes in order, no schema named after a Java value type (generators rename those)
     */
    public static List<String> conventionBreaches(Path committed) throws IOException {
        JsonNode document = JSON.readTree(Files.readString(committed));
        List<String> problems = new ArrayList<>();
        if (!document.path("openapi").asText().startsWith("3.0.")) {
            problems.add("not OpenAPI 3.0.x");
        }
        if (!document.path("servers").isArray() || document.path("servers").isEmpty()) {
            problems.add("no servers entry");
        }
        document.path("components").path("schemas").fields().forEachRemaining(schema -> {
            if (List.of("UUID", "LocalDate", "Instant", "LocalDateTime", "OffsetDateTime").contains(schema.getKey())) {
                problems.add("schema " + schema.getKey() + " stands for a Java value type");
            }
        });
        if (!document.toString().contains("\"example\"")) {
            problems.add("no examples");
        }
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            String name = operation.getKey().toUpperCase() + " " + path.getKey();
            JsonNode op = operation.getValue();
            if (!op.hasNonNull("operationId")) {
                problems.add(name + " has no operationId");
            }
            JsonNode responses = op.path("responses");
            List<String> codes = new ArrayList<>();
            responses.fieldNames().forEachRemaining(codes::add);
            if (!codes.equals(codes.stream().sorted().toList())) {
                problems.add(name + " lists its response codes out of order");
            }
            if (!responses.has("400") || !responses.has("500")) {
                problems.add(name + " lacks its error responses");
            } else if (!responses.get("400").path("content").has("application/problem+json")) {
                problems.add(name + " errors are not problem documents");
            }
            if (op.has("security") && !responses.has("401")) {
                problems.add(name + " is secured but documents no 401");
            }
        }));
        return problems;
    }
}
