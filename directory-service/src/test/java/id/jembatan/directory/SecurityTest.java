package id.jembatan.directory;

import id.jembatan.devtools.testing.TestKeys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OWASP API Security Top 10 as a checklist for directory-service: mass assignment (API3) and resource limits
 * (API4). Bad tokens are in {@link TokenTest}, function-level authorization in RegionWriteTest, the fuzzing of
 * every operation in {@link FuzzTest}, and the import of more than 50,000 rows (a 413) in
 * {@link ImportTest#unusableFilesAreProblems()}.
 */
@QuarkusTest
class SecurityTest {

    private static final String ADMIN = TestKeys.token("directory-admin");
    private static final String FORGED_ID = "6f1d0c2a-0000-4000-8000-000000000bad";

    @TestHTTPResource("/regions")
    URI regions;

    private static String bantenId() {
        return given().get("/regions/by-code/KEMENDAGRI/36").then().statusCode(200).extract().path("id");
    }

    private static Map<String, Object> region(String name, String kemendagri) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("country", "ID");
        body.put("level", 2);
        body.put("kind", "Kabupaten");
        body.put("parentId", bantenId());
        body.put("codes", List.of(Map.of("scheme", "KEMENDAGRI", "code", kemendagri)));
        return body;
    }

    /** Fields of a region that only the service sets: its id, status, version, retirement. */
    private static Map<String, Object> forged(Map<String, Object> body) {
        Map<String, Object> out = new HashMap<>(body);
        out.put("id", FORGED_ID);
        out.put("status", "RETIRED");
        out.put("version", 99);
        out.put("retiredOn", "2020-01-01");
        out.put("retirementNote", "forged");
        out.put("replacedBy", Map.of("id", FORGED_ID, "name", "Nowhere"));
        out.put("parent", Map.of("id", FORGED_ID, "name", "Nowhere"));
        return out;
    }

    // ------------------------------------------------------------------------------------------------------
    // API3 Mass assignment

    @Test
    void aRegionCreateCannotSetItsIdStatusVersionOrRetirement() {
        Response created = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(forged(region("Kabupaten Penugasan Massal", "36.81"))).post("/regions");
        created.then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("id", not(equalTo(FORGED_ID)))
                .body("status", equalTo("ACTIVE"))
                .body("version", equalTo(0))
                .body("retiredOn", nullValue())
                .body("retirementNote", nullValue())
                .body("replacedBy", nullValue())
                .body("parent.name", equalTo("Banten"));
        String id = created.path("id");
        given().get("/regions/" + id).then().statusCode(200).body("status", equalTo("ACTIVE")).body("version", equalTo(0));
        given().get("/regions/" + FORGED_ID).then().statusCode(404);
    }

    @Test
    void aRegionUpdateCannotSetItsIdStatusVersionOrRetirement() {
        String id = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(region("Kabupaten Pembaruan Massal", "36.82"))
                .post("/regions").then().statusCode(201).extract().path("id");
        Map<String, Object> body = forged(region("Kabupaten Pembaruan Massal Baru", "36.82"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put("/regions/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("id", equalTo(id))
                .body("name", equalTo("Kabupaten Pembaruan Massal Baru"))
                .body("status", equalTo("ACTIVE"))
                .body("version", equalTo(1))
                .body("retiredOn", nullValue());
        given().get("/regions/" + id).then().body("status", equalTo("ACTIVE")).body("version", equalTo(1));
    }

    @Test
    void aCountryUpdateCannotChangeItsCodes() {
        Map<String, Object> body = new HashMap<>(Map.of("nameEn", "Bouvet Island", "nameId", "Pulau Bouvet", "sovereign", false,
                "diplomaticRelations", false, "blocs", List.of()));
        body.putAll(Map.of("code", "ZZ", "alpha3", "ZZZ", "numericCode", "999", "version", 99));
        String etag = given().get("/countries/BV").then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", etag).body(body).put("/countries/BV")
                .then().statusCode(200)
                .body("code", equalTo("BV"))
                .body("alpha3", equalTo("BVT"))
                .body("numericCode", not(equalTo("999")))
                .body("version", not(equalTo(99)));
        given().get("/countries/ZZ").then().statusCode(404);
        given().get("/countries/BV").then().body("alpha3", equalTo("BVT"));
    }

    @Test
    void anOrganisationCreateCannotSetItsIdOrVersion() {
        Map<String, Object> body = new HashMap<>(Map.of("key", "mass-assignment-ltd", "name", "Mass Assignment Ltd",
                "kind", "COMPANY", "country", "ID"));
        body.putAll(Map.of("id", FORGED_ID, "version", 99, "createdAt", "2000-01-01T00:00:00Z"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body).post("/organisations")
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("id", not(equalTo(FORGED_ID)))
                .body("key", equalTo("mass-assignment-ltd"));
        given().get("/organisations/" + FORGED_ID).then().statusCode(404);
    }

    // ------------------------------------------------------------------------------------------------------
    // API4 Unrestricted resource consumption

    private static String jsonOfExactly(int bytes) {
        String prefix = "{\"name\": \"";
        String suffix = "\"}";
        return prefix + "x".repeat(bytes - prefix.length() - suffix.length()) + suffix;
    }

    @Test
    void bodiesOverOneMebibyteAreRefusedWithA413Problem() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(jsonOfExactly(1_048_577)).post("/regions")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        Response atTheLimit = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(jsonOfExactly(1_048_576)).post("/regions");
        assertNotEquals(413, atTheLimit.statusCode(), "exactly 1 MiB is allowed");
        atTheLimit.then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "*").body(jsonOfExactly(1_048_577))
                .put("/countries/BV").then().statusCode(413).contentType("application/problem+json");
    }

    /** Without Content-Length the edge cannot refuse the body up front; it must still not take more than 1 MiB. */
    @Test
    void aChunkedBodyOverOneMebibyteIsRefusedToo() throws Exception {
        byte[] body = jsonOfExactly(2 * 1_048_576).getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(regions)
                .header("Authorization", "Bearer " + ADMIN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        // Without a declared length the body cannot be refused before it is read: ordinary endpoints ask for one.
        assertEquals(411, response.statusCode(), "a 2 MiB chunked body: " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void theBulkImportTakesMoreThanOneMebibyteButNotMoreThanTen() {
        StringBuilder csv = new StringBuilder("scheme,code,name,country,level,kind\n");
        while (csv.length() < 1_200_000) {
            csv.append("GEONAMES,1,").append("n".repeat(200)).append(",XX,1,X\n");
        }
        given().auth().oauth2(ADMIN).contentType("text/csv").body(csv.toString()).post("/imports")
                .then().statusCode(200).body("created", equalTo(0));
        given().auth().oauth2(ADMIN).contentType("text/csv").body("scheme,code\n" + "x".repeat(10_485_760)).post("/imports")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void pagesHoldAtMostTwoHundredItems() {
        for (String path : List.of("/regions", "/countries", "/organisations", "/regions/" + bantenId() + "/children")) {
            given().queryParam("size", 200).get(path).then().statusCode(200);
            given().queryParam("size", 201).get(path)
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("size"));
        }
        given().queryParam("page", 1_000_001).get("/regions").then().statusCode(400).body("errors[0].field", equalTo("page"));
    }
}
