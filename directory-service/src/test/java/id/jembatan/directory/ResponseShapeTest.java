package id.jembatan.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.devtools.testing.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Answers have the shape the contract gives them, for the clients generated from it. */
@QuarkusTest
class ResponseShapeTest {

    private static final String ADMIN = TestKeys.token("directory-admin");
    private static final String PROBLEMS_ONLY = "application/problem+json";

    @Test
    void aCreateAnswersTheCreatedRegionEvenToAClientThatAcceptsOnlyProblems() {
        String banten = given().get("/regions/by-code/KEMENDAGRI/36").then().extract().path("id");
        Map<String, Object> region = Map.of("name", "Kabupaten Bentuk", "country", "ID", "level", 2, "kind", "Kabupaten",
                "parentId", banten, "codes", List.of(Map.of("scheme", "KEMENDAGRI", "code", "36.66")));
        Response created = given().auth().oauth2(ADMIN).accept(PROBLEMS_ONLY).contentType(ContentType.JSON).body(region)
                .post("/regions");
        created.then().statusCode(201)
                .contentType(ContentType.JSON)
                .header("ETag", equalTo("\"0\""))
                .header("X-Request-Id", notNullValue())
                .body("name", equalTo("Kabupaten Bentuk"))
                .body("parent.id", equalTo(banten));
        String id = created.path("id");
        created.then().header("Location", endsWith("/regions/" + id));

        given().auth().oauth2(ADMIN).accept(PROBLEMS_ONLY).contentType(ContentType.JSON)
                .body(Map.of("name", "Kabupaten Bentuk Kedua", "country", "ID", "level", 2, "kind", "Kabupaten",
                        "parentId", banten, "codes", List.of(Map.of("scheme", "KEMENDAGRI", "code", "36.66"))))
                .post("/regions")
                .then().statusCode(409)
                .contentType(PROBLEMS_ONLY)
                .body("type", equalTo("urn:jembatan:problem:region-code-taken"))
                .body("regionId", equalTo(id));
    }

    @Test
    void aCreatedOrganisationComesBackInTheBody() {
        given().auth().oauth2(ADMIN).accept(PROBLEMS_ONLY).contentType(ContentType.JSON)
                .body(Map.of("key", "bentuk-university", "name", "Bentuk University", "kind", "UNIVERSITY", "country", "ID"))
                .post("/organisations")
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", containsString("/organisations/"))
                .body("key", equalTo("bentuk-university"))
                .body("id", notNullValue());
    }

    @Test
    void publicPagesCarryNoNullAnywhere() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String page : List.of("/regions?size=200", "/regions?q=serang", "/countries?size=200", "/organisations?size=200",
                "/regions/by-code/KEMENDAGRI/36.73", "/countries/CN")) {
            JsonNode body = json.readTree(given().get(page).then().statusCode(200).extract().asString());
            assertEquals(List.of(), nulls(body, page), "null values in " + page);
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
