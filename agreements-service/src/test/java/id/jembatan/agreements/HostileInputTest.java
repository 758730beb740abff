package id.jembatan.agreements;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.devtools.testing.EdgeChecks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static id.jembatan.agreements.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bad input of every kind is a 4xx problem, never a 500. */
@QuarkusTest
class HostileInputTest {

    @Test
    void malformedAndMistypedBodies() {
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON).body("{\"title\": ").post("/agreements")
                .then().statusCode(400).body("type", equalTo("urn:jembatan:problem:malformed-json"));
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON)
                .body("{\"title\": \"x\", \"form\": \"KSDPL\", \"type\": \"SISTER_CITY\", \"indonesianRegionCode\": \"36.73\", \"trainingTarget\": \"many\"}")
                .post("/agreements").then().statusCode(400).body("errors[0].field", equalTo("trainingTarget"));
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON)
                .body("{\"title\": \"x\", \"form\": \"TREATY\", \"type\": \"SISTER_CITY\", \"indonesianRegionCode\": \"36.73\"}")
                .post("/agreements").then().statusCode(400).body("errors[0].field", equalTo("form"))
                .body("errors[0].message", startsWith("unknown value; allowed: KSDPL, KSDLL"));
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON)
                .body("{\"title\": \"x\", \"form\": \"KSDPL\", \"type\": \"SISTER_CITY\", \"indonesianRegionCode\": \"36.73\", \"validFrom\": \"5 Sept\"}")
                .post("/agreements").then().statusCode(400).body("errors[0].field", equalTo("validFrom"));
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON)
                .body("{\"title\": \"x\", \"form\": \"KSDPL\", \"type\": \"SISTER_CITY\", \"indonesianRegionCode\": \"36.73\", \"clauses\": {\"SECRET_CLAUSE\": {\"present\": true}}}")
                .post("/agreements").then().statusCode(400).body("errors[0].field", startsWith("clauses"));
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("action", "TELEPORT")).post("/agreements/" + createId(officer(SERANG), serangHangzhou()) + "/transitions")
                .then().statusCode(400).body("errors[0].field", equalTo("action"));
    }

    @Test
    void constraintsAndCrossFieldRules() {
        Map<String, Object> body = serangHangzhouComplete();
        body.put("validUntil", "2020-01-01");
        body.put("commitments", List.of(Map.of("obligor", "INDONESIAN_PARTY", "kind", "LOAN", "amount", -5, "currency", "XYZ")));
        create(officer(SERANG), body).then().statusCode(400)
                .body("errors.field", hasItem("commitments[0].amount"));
        body.put("commitments", List.of(Map.of("obligor", "INDONESIAN_PARTY", "kind", "LOAN", "amount", 5, "currency", "XYZ")));
        create(officer(SERANG), body).then().statusCode(400)
                .body("errors.field", hasItem("validUntil"))
                .body("errors.field", hasItem("commitments[0].currency"));
        Map<String, Object> absent = serangHangzhou();
        absent.put("clauses", Map.of("ENVIRONMENTAL_PROTECTION", Map.of("present", "no")));
        create(officer(SERANG), absent).then().statusCode(400)
                .body("errors[0].field", equalTo("clauses.ENVIRONMENTAL_PROTECTION.present"));
        Map<String, Object> blank = serangHangzhou();
        blank.put("title", " ");
        blank.put("indonesianRegionCode", "Serang");
        create(officer(SERANG), blank).then().statusCode(400)
                .body("errors.field", hasItem("title")).body("errors.field", hasItem("indonesianRegionCode"));
    }

    @Test
    void preconditionsAreRequired() {
        String id = createId(officer(SERANG), serangHangzhou());
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON).body(Map.of("action", "START_EXPLORATION"))
                .post("/agreements/" + id + "/transitions").then().statusCode(428);
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON).body(serangHangzhou())
                .put("/agreements/" + id).then().statusCode(428);
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON).header("If-Match", "\"9\"").body(serangHangzhou())
                .put("/agreements/" + id).then().statusCode(412);
    }

    @Test
    void parametersAndLimits() {
        given().auth().oauth2(viewer()).queryParam("size", 100000).get("/agreements").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().auth().oauth2(viewer()).queryParam("state", "DREAMING").get("/agreements").then().statusCode(400);
        given().auth().oauth2(viewer()).queryParam("dormant", "perhaps").get("/agreements").then().statusCode(400);
        given().auth().oauth2(viewer()).queryParam("sort", "-colour").get("/agreements").then().statusCode(400);
        given().auth().oauth2(viewer()).queryParam("region", "'; drop table agreement; --").get("/agreements").then().statusCode(400);
        given().auth().oauth2(viewer()).queryParam("q", "'; drop table agreement; --%_").get("/agreements").then().statusCode(200);
        given().auth().oauth2(viewer()).queryParam("after", "-1").get("/changes").then().statusCode(400);
        given().auth().oauth2(viewer()).queryParam("limit", "5000").get("/changes").then().statusCode(400);
        given().auth().oauth2(viewer()).get("/agreements/not-an-id").then().statusCode(404).contentType("application/problem+json");
        given().get("/public/agreements/not-an-id").then().statusCode(404);
        String huge = "{\"title\": \"" + "x".repeat(1_100_000) + "\"}";
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON).body(huge).post("/agreements")
                .then().statusCode(413).contentType("application/problem+json");
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON).header("Idempotency-Key", "k".repeat(300))
                .body(serangHangzhou()).post("/agreements").then().statusCode(400);
    }

    private static String serangHangzhouJson() throws IOException {
        return new ObjectMapper().writeValueAsString(serangHangzhou());
    }

    /** The agreement's members as JSON without its title and the opening brace: a test puts members of its own first. */
    private static String untitledMembers() throws IOException {
        Map<String, Object> body = serangHangzhou();
        body.remove("title");
        return new ObjectMapper().writeValueAsString(body).substring(1);
    }

    private static ValidatableResponse register(String body) {
        return given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8))
                .post("/agreements").then().contentType("application/problem+json");
    }

    @Test
    void jsonIsReadStrictlyAndEachRefusalNamesItsField() throws IOException {
        String valid = serangHangzhouJson();
        String untitled = untitledMembers();
        register(valid + "]").statusCode(400).body("type", equalTo("urn:jembatan:problem:malformed-json"))
                .body("errors[0].field", equalTo("body"));
        register(valid + valid).statusCode(400).body("errors[0].field", equalTo("body"));
        register("{\"title\": \"a\", \"title\": \"b\", " + untitled).statusCode(400)
                .body("errors[0].field", equalTo("title"));
        register("{\"title\": 123, " + untitled).statusCode(400).body("errors[0].field", equalTo("title"));
        register(valid.replaceFirst("\\{", "{\"trainingTarget\": 1.5, ")).statusCode(400).body("errors[0].field", equalTo("trainingTarget"));
        register(valid.replace("\"36.73\"", "36.73")).statusCode(400).body("errors[0].field", equalTo("indonesianRegionCode"));
        byte[] overlong = valid.replaceFirst("\\{", "{\"summary\": \"x\u00e9x\", ").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < overlong.length - 1; i++) {
            if ((overlong[i] & 0xFF) == 0xC3 && (overlong[i + 1] & 0xFF) == 0xA9) {
                overlong[i] = (byte) 0xC0;                          // ')' written as an overlong two-byte form
                overlong[i + 1] = (byte) 0xA9;
            }
        }
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON).body(overlong).post("/agreements")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:jembatan:problem:invalid-encoding"));
    }

    @Test
    void refusalsBelowTheApplicationAreProblems() throws IOException {
        int port = RestAssured.port;
        EdgeChecks.requestHeadRefusals(port, "/public/agreements");
        EdgeChecks.garbledLanguagesFallBackToEnglish(port, "/public/agreements/not-an-id", 404);
        EdgeChecks.garbledLanguagesFallBackToEnglish(port, "/public/agreements?size=0", 400);
        EdgeChecks.bodyWithoutContentType(port, "/agreements", officer(SERANG), serangHangzhouJson());
    }

    @Test
    void locationComesFromConfigurationNotFromTheHostHeader() {
        var created = given().auth().oauth2(officer(SERANG)).header("Host", "evil.example").contentType(ContentType.JSON)
                .body(serangHangzhou()).post("/agreements").then().statusCode(201).extract();
        assertEquals("/agreements/" + created.path("id"), created.header("Location"));
    }
}
