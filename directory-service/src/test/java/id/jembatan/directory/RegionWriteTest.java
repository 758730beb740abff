package id.jembatan.directory;

import id.jembatan.devtools.testing.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class RegionWriteTest {

    private static final String ADMIN = TestKeys.token("directory-admin");

    private static String bantenId() {
        return given().get("/regions/by-code/KEMENDAGRI/36").then().extract().path("id");
    }

    private static Map<String, Object> region(String name, String kemendagri, List<Map<String, Object>> extraCodes) {
        List<Map<String, Object>> codes = new java.util.ArrayList<>();
        codes.add(Map.of("scheme", "KEMENDAGRI", "code", kemendagri, "source", "test"));
        codes.addAll(extraCodes);
        return Map.of("name", name, "country", "ID", "level", 2, "kind", "Kabupaten", "kindEn", "Regency",
                "parentId", bantenId(), "codes", codes, "altNames", List.of(name.replace("Kabupaten ", "")));
    }

    private static Response create(Map<String, Object> body) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body).post("/regions");
    }

    @Test
    void createReadUpdateAndRetireWithEveryCodeScheme() {
        Response created = create(region("Kabupaten Uji Coba", "36.60", List.of(
                Map.of("scheme", "BPS", "code", "3660"),
                Map.of("scheme", "UN_LOCODE", "code", "idxuc"),
                Map.of("scheme", "GEONAMES", "code", "9999991"))));
        created.then().statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", equalTo("\"0\""))
                .body("parent.name", equalTo("Banten"));
        String id = created.path("id");

        given().get("/regions/by-code/BPS/3660").then().statusCode(200).body("id", equalTo(id));
        given().get("/regions/by-code/UN_LOCODE/ID XUC").then().statusCode(200).body("id", equalTo(id));
        given().get("/regions/by-code/GEONAMES/9999991").then().statusCode(200).body("id", equalTo(id));
        given().get("/regions/by-code/KEMENDAGRI/36.60").then().statusCode(200).body("id", equalTo(id));
        given().queryParam("q", "uji coba").get("/regions").then().statusCode(200).body("items[0].id", equalTo(id));

        Map<String, Object> renamed = region("Kabupaten Uji Coba Baru", "36.60", List.of(Map.of("scheme", "BPS", "code", "3660")));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(renamed).put("/regions/" + id)
                .then().statusCode(428).body("status", equalTo(428));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(renamed).put("/regions/" + id)
                .then().statusCode(412).header("ETag", equalTo("\"0\""));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(renamed).put("/regions/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("name", equalTo("Kabupaten Uji Coba Baru"));
        given().get("/regions/by-code/UN_LOCODE/ID XUC").then().statusCode(404);

        Map<String, Object> retirement = Map.of("retiredOn", "2026-01-01", "note", "merged for the test");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(retirement)
                .post("/regions/" + id + "/retirement")
                .then().statusCode(200)
                .body("status", equalTo("RETIRED"))
                .body("codes.validUntil", hasItem("2026-01-01"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"2\"").body(retirement)
                .post("/regions/" + id + "/retirement")
                .then().statusCode(409).contentType("application/problem+json");
        given().get("/regions/by-code/KEMENDAGRI/36.60").then().statusCode(200).body("status", equalTo("RETIRED"));
    }

    @Test
    void retiringARegionNamesItsSuccessor() {
        String oldId = create(region("Kabupaten Lama", "36.61", List.of())).then().statusCode(201).extract().path("id");
        String newId = create(region("Kabupaten Baru", "36.62", List.of())).then().statusCode(201).extract().path("id");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("retiredOn", "2025-12-31", "replacedBy", newId)).post("/regions/" + oldId + "/retirement")
                .then().statusCode(200).body("replacedBy.id", equalTo(newId)).body("replacedBy.name", equalTo("Kabupaten Baru"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("retiredOn", "2025-12-31", "replacedBy", newId)).post("/regions/" + newId + "/retirement")
                .then().statusCode(400).body("errors[0].field", equalTo("replacedBy"));
    }

    @Test
    void aCodeBelongsToOneRegion() {
        create(region("Kabupaten Kembar", "36.73", List.of()))
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("The code KEMENDAGRI 36.73 already belongs to Kota Serang."));
    }

    @Test
    void writesNeedADirectoryAdmin() {
        Map<String, Object> body = region("Kabupaten Tanpa Izin", "36.63", List.of());
        given().contentType(ContentType.JSON).body(body).post("/regions")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        for (String role : List.of("viewer", "regional-officer", "ministry-reviewer", "admin")) {
            given().auth().oauth2(TestKeys.token(role, "36.73")).contentType(ContentType.JSON).body(body).post("/regions")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put("/regions/" + bantenId())
                .then().statusCode(401);
        given().auth().oauth2(TestKeys.token("viewer")).contentType("text/csv").body("scheme,code\n").post("/imports")
                .then().statusCode(403);
        given().get("/regions/by-code/KEMENDAGRI/36.63").then().statusCode(404);
    }

    @Test
    void invalidRegionsAreRejectedFieldByField() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("country", "ID", "level", 9, "kind", "", "codes", List.of()))
                .post("/regions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:jembatan:problem:validation"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("level"))
                .body("errors.field", hasItem("kind"))
                .body("errors.field", hasItem("codes"));
        Map<String, Object> badCode = Map.of("name", "X", "country", "ID", "level", 2, "kind", "Kota", "parentId", bantenId(),
                "codes", List.of(Map.of("scheme", "KEMENDAGRI", "code", "3673")));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(badCode).post("/regions")
                .then().statusCode(400).body("errors[0].field", equalTo("codes[0].code"))
                .body("errors[0].message", startsWith("not a valid code in scheme"));
        Map<String, Object> orphan = Map.of("name", "X", "country", "ZZ", "level", 2, "kind", "Kota",
                "codes", List.of(Map.of("scheme", "KEMENDAGRI", "code", "36.64")));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(orphan).post("/regions")
                .then().statusCode(400).body("errors.field", hasItem("country")).body("errors.field", hasItem("parentId"));
    }
}
