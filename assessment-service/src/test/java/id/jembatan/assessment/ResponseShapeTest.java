package id.jembatan.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.devtools.testing.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.jembatan.assessment.Stubs.SERANG_HANGZHOU;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Answers have the shape the contract gives them, for the clients generated from it. */
@QuarkusTest
class ResponseShapeTest {

    private static final String PROBLEMS_ONLY = "application/problem+json";

    @Test
    void creationsAnswerTheCreatedResourceEvenToAClientThatAcceptsOnlyProblems() {
        Response assessed = given().auth().oauth2(TestKeys.token("admin")).accept(PROBLEMS_ONLY).contentType(ContentType.JSON)
                .body(Map.of("agreementId", SERANG_HANGZHOU)).post("/assessments");
        assessed.then().statusCode(201)
                .contentType(ContentType.JSON)
                .header("X-Request-Id", notNullValue())
                .body("agreementId", equalTo(SERANG_HANGZHOU))
                .body("result.overallLevel", notNullValue());
        assessed.then().header("Location", endsWith("/assessments/" + assessed.path("id")));

        Map<String, Object> model = new HashMap<>(given().get("/scoring-models/2").then().statusCode(200).extract().jsonPath().getMap("$"));
        Response created = given().auth().oauth2(TestKeys.token("admin")).accept(PROBLEMS_ONLY).contentType(ContentType.JSON)
                .queryParam("note", "the same weights, to see the answer").body(model).post("/scoring-models");
        created.then().statusCode(201).contentType(ContentType.JSON).body("version", notNullValue());
        created.then().header("Location", endsWith("/scoring-models/" + created.path("version")));
    }

    @Test
    void answersCarryNoNullAnywhere() throws Exception {
        String id = given().auth().oauth2(TestKeys.token("admin")).contentType(ContentType.JSON)
                .body(Map.of("agreementId", SERANG_HANGZHOU)).post("/assessments").then().statusCode(201).extract().path("id");
        ObjectMapper json = new ObjectMapper();
        String viewer = TestKeys.token("viewer");
        for (String path : List.of("/assessments/" + id, "/assessments?size=200&agreementId=" + SERANG_HANGZHOU, "/scoring-models",
                "/portfolio?scope=national")) {
            JsonNode body = json.readTree(given().auth().oauth2(viewer).get(path).then().statusCode(200).extract().asString());
            assertEquals(List.of(), nulls(body, path), "null values in " + path);
        }
    }

    private static List<String> nulls(JsonNode node, String path) {
        List<String> found = new ArrayList<>();
        if (node.isNull()) {
            found.add(path);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                found.addAll(nulls(node.get(i), path + "[" + i + "]"));
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> found.addAll(nulls(field.getValue(), path + "." + field.getKey())));
        }
        return found;
    }
}
