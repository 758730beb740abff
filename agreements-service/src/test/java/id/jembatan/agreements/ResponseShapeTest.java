package id.jembatan.agreements;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static id.jembatan.agreements.Fixtures.SERANG;
import static id.jembatan.agreements.Fixtures.createId;
import static id.jembatan.agreements.Fixtures.etag;
import static id.jembatan.agreements.Fixtures.officer;
import static id.jembatan.agreements.Fixtures.serangHangzhou;
import static id.jembatan.agreements.Fixtures.serangHangzhouComplete;
import static id.jembatan.agreements.Fixtures.viewer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Answers have the shape the contract gives them, for the clients generated from it. */
@QuarkusTest
class ResponseShapeTest {

    private static final String PROBLEMS_ONLY = "application/problem+json";

    @Test
    void creationsAnswerTheCreatedResourceEvenToAClientThatAcceptsOnlyProblems() {
        Response created = given().auth().oauth2(officer(SERANG)).accept(PROBLEMS_ONLY).contentType(ContentType.JSON)
                .body(serangHangzhou()).post("/agreements");
        created.then().statusCode(201)
                .contentType(ContentType.JSON)
                .header("ETag", notNullValue())
                .header("X-Request-Id", notNullValue())
                .body("state", equalTo("INITIATED"))
                .body("sectors", containsInAnyOrder("E_COMMERCE", "ARTIFICIAL_INTELLIGENCE"));
        String id = created.path("id");
        created.then().header("Location", endsWith("/agreements/" + id));

        given().auth().oauth2(officer(SERANG)).accept(PROBLEMS_ONLY).contentType(ContentType.JSON)
                .body(Map.of("kind", "MEETING", "occurredOn", "2026-02-01", "description", "First meeting"))
                .post("/agreements/" + id + "/activities")
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .body("kind", equalTo("MEETING"))
                .body("id", notNullValue());
    }

    @Test
    void membersSentAsNullAreAbsentAsGeneratedClientsWriteThem() {
        // openapi-generator's resttemplate client writes every member of a model, unset ones as null, down to the
        // eight properties of Clauses.
        Map<String, Object> clauses = new java.util.HashMap<>();
        for (String kind : List.of("COST_BENEFIT_ANALYSIS", "FISCAL_PROVISIONS", "TECHNOLOGY_TRANSFER", "LOCAL_WORKFORCE_TRAINING",
                "DATA_PROTECTION_LOCALISATION", "DISPUTE_RESOLUTION", "TERMINATION_EXIT")) {
            clauses.put(kind, null);
        }
        clauses.put("ENVIRONMENTAL_PROTECTION", Map.of("present", false));
        Map<String, Object> body = new java.util.HashMap<>(serangHangzhou());
        body.put("clauses", clauses);
        for (String member : List.of("reference", "summary", "foreignOrganisation", "validFrom", "validUntil", "renewable",
                "trainingTarget", "environmentalApprovalRef", "instruments", "costBenefit", "commitments", "confidential",
                "internalNotes")) {
            body.put(member, null);
        }
        given().auth().oauth2(officer(SERANG)).contentType(ContentType.JSON).body(body).post("/agreements")
                .then().statusCode(201)
                .body("clauses.size()", equalTo(1))
                .body("clauses.ENVIRONMENTAL_PROTECTION.present", equalTo(false))
                .body("confidential", equalTo(false));
    }

    @Test
    void problemMembersSitAtTheTopLevelAsTheContractShows() {
        String id = createId(officer(SERANG), serangHangzhou());
        given().auth().oauth2(officer(SERANG)).accept(PROBLEMS_ONLY).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("action", "ACTIVATE")).post("/agreements/" + id + "/transitions")
                .then().statusCode(409)
                .contentType(PROBLEMS_ONLY)
                .body("type", equalTo("urn:jembatan:problem:transition-not-allowed"))
                .body("state", equalTo("INITIATED"))
                .body("allowedActions", hasItem("START_EXPLORATION"));
    }

    @Test
    void answersCarryNoNullAnywhere() throws Exception {
        String id = createId(officer(SERANG), serangHangzhouComplete());
        ObjectMapper json = new ObjectMapper();
        for (String path : List.of("/public/agreements?size=200", "/public/agreements/" + id)) {
            assertNoNulls(json, path, given().get(path));
        }
        for (String path : List.of("/agreements?size=200", "/agreements/" + id, "/agreements/" + id + "/history", "/changes?limit=1000")) {
            assertNoNulls(json, path, given().auth().oauth2(viewer()).get(path));
        }
    }

    private static void assertNoNulls(ObjectMapper json, String path, Response response) throws Exception {
        JsonNode body = json.readTree(response.then().statusCode(200).extract().asString());
        assertEquals(List.of(), nulls(body, path), "null values in " + path);
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
