package id.jembatan.directory;

import id.jembatan.devtools.testing.EdgeChecks;
import id.jembatan.devtools.testing.RawHttp;
import id.jembatan.devtools.testing.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** Bad input of every kind is a 4xx problem document, never a 500 and never a stack trace. */
@QuarkusTest
class HostileInputTest {

    private static final String ADMIN = TestKeys.token("directory-admin");

    @Test
    void malformedJsonIsAProblem() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"name\": ").post("/regions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:jembatan:problem:malformed-json"))
                .body("requestId", notNullValue());
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("").post("/regions")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("[1, 2]").post("/regions")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void wrongTypesNameTheField() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"name\": \"X\", \"country\": \"ID\", \"level\": \"two\", \"kind\": \"Kota\", \"codes\": []}")
                .post("/regions")
                .then().statusCode(400).body("errors[0].field", equalTo("level")).body("errors[0].rejectedValue", equalTo("two"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"name\": \"X\", \"country\": \"ID\", \"level\": 2, \"kind\": \"Kota\", \"parentId\": \"nope\", \"codes\": []}")
                .post("/regions")
                .then().statusCode(400).body("errors[0].field", equalTo("parentId"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"name\": {\"a\": 1}, \"country\": \"ID\", \"level\": 2, \"kind\": \"Kota\", \"codes\": []}")
                .post("/regions")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
    }

    @Test
    void unknownEnumValuesListTheAllowedOnes() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "X", "country", "ID", "level", 1, "kind", "Provinsi",
                        "codes", List.of(Map.of("scheme", "NUTS", "code", "DE1"))))
                .post("/regions")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("codes[0].scheme"))
                .body("errors[0].message", startsWith("unknown value; allowed: KEMENDAGRI, BPS"));
        given().queryParam("kind", "PIRATE").get("/organisations")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
    }

    @Test
    void absurdPagingIsRefused() {
        given().queryParam("size", 1_000_000).get("/regions")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("size"));
        given().queryParam("size", "abc").get("/countries").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().queryParam("page", -1).get("/organisations").then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().queryParam("page", "99999999999999999999").get("/regions").then().statusCode(400);
        given().queryParam("level", "first").get("/regions").then().statusCode(400).body("errors[0].field", equalTo("level"));
        given().queryParam("parent", "x").get("/regions").then().statusCode(400).body("errors[0].field", equalTo("parent"));
        given().queryParam("q", "x".repeat(500)).get("/regions").then().statusCode(400).body("errors[0].field", equalTo("q"));
    }

    @Test
    void oversizedBodiesAreRefusedBeforeTheyAreRead() {
        String huge = "{\"name\": \"" + "x".repeat(1_200_000) + "\"}";
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(huge).post("/regions")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", equalTo("The body exceeds the limit of 1,048,576 bytes for this endpoint."));
    }

    @Test
    void injectionStringsAreJustText() {
        for (String attack : List.of("'; drop table region; --", "%' or '1'='1", "\\", "_%_", "😀🇮🇩", "<script>")) {
            given().queryParam("q", attack).get("/regions").then().statusCode(200);
            given().queryParam("q", attack).get("/countries").then().statusCode(200);
            given().queryParam("q", attack).get("/organisations").then().statusCode(200);
        }
        given().get("/regions/by-code/KEMENDAGRI/36").then().statusCode(200);
        given().queryParam("q", "a\u0000b").get("/regions").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:jembatan:problem:nul-character"));
    }

    @Test
    void wrongMethodsMediaTypesAndRoutesAreProblems() {
        given().delete("/regions").then().statusCode(405).contentType("application/problem+json");
        given().auth().oauth2(ADMIN).contentType("text/plain").body("hello").post("/regions")
                .then().statusCode(415).contentType("application/problem+json");
        given().get("/no-such-thing").then().statusCode(404);
        given().accept("application/xml").get("/countries/ID").then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void problemsSpeakIndonesianWhenAsked() {
        given().header("Accept-Language", "id").queryParam("size", 0).get("/regions")
                .then().statusCode(400)
                .body("title", equalTo("Masukan tidak valid"))
                .body("errors[0].message", startsWith("di luar rentang"));
        given().header("Accept-Language", "fr;q=1, en;q=0.5").get("/countries/XX")
                .then().statusCode(404).body("title", equalTo("Country not found"));
        given().header("Accept-Language", ";;;q=abc,,").get("/countries/XX")
                .then().statusCode(404).body("title", equalTo("Country not found"));
    }

    @Test
    void requestIdsAreKeptOrIssued() {
        given().header("X-Request-Id", "trace-123").get("/countries/XX")
                .then().header("X-Request-Id", "trace-123").body("requestId", equalTo("trace-123"));
        given().header("X-Request-Id", "bad id with spaces").get("/countries/ID")
                .then().statusCode(200).header("X-Request-Id", notNullValue());
    }

    private static final String REGION = "{\"name\": \"Kota Uji\", \"country\": \"ID\", \"level\": 2, \"kind\": \"Kota\","
            + " \"codes\": [{\"scheme\": \"KEMENDAGRI\", \"code\": \"99.98\"}]}";

    private static ValidatableResponse postRegion(byte[] body) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body).post("/regions")
                .then().contentType("application/problem+json");
    }

    private static ValidatableResponse postRegion(String body) {
        return postRegion(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void jsonIsReadStrictlyAndEachRefusalNamesItsField() {
        postRegion(REGION + " trailing").statusCode(400).body("type", equalTo("urn:jembatan:problem:malformed-json"))
                .body("errors[0].field", equalTo("body"));
        postRegion(REGION + REGION).statusCode(400).body("errors[0].field", equalTo("body"));
        postRegion(REGION.replace("\"level\": 2,", "\"level\": 2, \"level\": 3,")).statusCode(400)
                .body("errors[0].field", equalTo("level")).body("errors[0].message", equalTo("appears more than once"));
        postRegion(REGION.replace("\"Kota Uji\"", "123")).statusCode(400).body("errors[0].field", equalTo("name"));
        postRegion(REGION.replace("\"level\": 2", "\"level\": 1.5")).statusCode(400).body("errors[0].field", equalTo("level"));
        postRegion(REGION.replace("\"level\": 2", "\"level\": \"2\"")).statusCode(400).body("errors[0].field", equalTo("level"));
        postRegion(REGION.replace("\"99.98\"", "99.98")).statusCode(400).body("errors[0].field", equalTo("codes[0].code"));
        postRegion(REGION.replace("\"KEMENDAGRI\"", "0")).statusCode(400).body("errors[0].field", equalTo("codes[0].scheme"));
        byte[] overlong = REGION.replace("Kota Uji", "Kota#Uji").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < overlong.length; i++) {
            if (overlong[i] == '#') {
                byte[] spliced = new byte[overlong.length + 1];
                System.arraycopy(overlong, 0, spliced, 0, i);
                spliced[i] = (byte) 0xC0;
                spliced[i + 1] = (byte) 0xAE;                       // '.' as an overlong two-byte form
                System.arraycopy(overlong, i + 1, spliced, i + 2, overlong.length - i - 1);
                overlong = spliced;
                break;
            }
        }
        postRegion(overlong).statusCode(400).body("type", equalTo("urn:jembatan:problem:invalid-encoding"))
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void refusalsBelowTheApplicationAreProblems() throws IOException {
        int port = RestAssured.port;
        EdgeChecks.requestHeadRefusals(port, "/countries");
        EdgeChecks.garbledLanguagesFallBackToEnglish(port, "/countries/XX", 404);
        EdgeChecks.garbledLanguagesFallBackToEnglish(port, "/regions?size=0", 400);
        EdgeChecks.bodyWithoutContentType(port, "/regions", ADMIN, REGION);
        RawHttp.Answer chunked = RawHttp.sendChunked(port,
                "POST /imports HTTP/1.1", Map.of("Authorization", "Bearer " + ADMIN, "Content-Type", "text/csv"), 20_000_000L);
        EdgeChecks.assertProblem(chunked, 413, "payload-too-large");
    }

    @Test
    void locationComesFromConfigurationNotFromTheHostHeader() {
        String banten = given().get("/regions/by-code/KEMENDAGRI/36").then().statusCode(200).extract().path("id");
        Map<String, Object> regency = Map.of("name", "Kabupaten Host Uji", "country", "ID", "level", 2, "kind", "Kabupaten",
                "parentId", banten, "codes", List.of(Map.of("scheme", "KEMENDAGRI", "code", "36.59")));
        var created = given().auth().oauth2(ADMIN).header("Host", "evil.example").contentType(ContentType.JSON)
                .body(regency).post("/regions").then().statusCode(201).extract();
        assertEquals("/regions/" + created.path("id"), created.header("Location"));
    }
}
