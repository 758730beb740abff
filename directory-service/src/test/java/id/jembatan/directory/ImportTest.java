package id.jembatan.directory;

import id.jembatan.devtools.testing.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ImportTest {

    private static final String ADMIN = TestKeys.token("directory-admin");

    private static final String FIVE_ROWS_ONE_BAD = """
            scheme,code,name,local_name,country,level,kind,kind_en,parent_scheme,parent_code,alt_names,extra_codes,valid_from,source
            ISO_3166_2,JP-99,Test Prefecture,テスト県,JP,1,Ken,Prefecture,,,Tesuto,,2024-01-01,import test
            ISO_3166_2,JP-98,Other Prefecture,,JP,1,Ken,Prefecture,,,,,,import test
            UN_LOCODE,JP TST,Test City,,JP,2,Shi,City,ISO_3166_2,JP-99,,GEONAMES:7777771,,import test
            KEMENDAGRI,36.7X,"Kota Salah, Tanpa Kode",,ID,2,Kota,City,KEMENDAGRI,36,,,,import test
            KEMENDAGRI,36.90,Kota Uji Impor,,ID,2,Kota,City,KEMENDAGRI,36,Uji Impor,BPS:3690,,import test
            """;

    @Test
    void fiveRowsWithOneBadStoreFourAndReportTheBadOneThenChangeNothingTheSecondTime() {
        given().auth().oauth2(ADMIN).contentType("text/csv").body(FIVE_ROWS_ONE_BAD).post("/imports")
                .then().statusCode(200)
                .body("format", equalTo("CSV"))
                .body("received", equalTo(5))
                .body("created", equalTo(4))
                .body("updated", equalTo(0))
                .body("rejected", hasSize(1))
                .body("rejected[0].line", equalTo(5))
                .body("rejected[0].code", equalTo("36.7X"))
                .body("rejected[0].reason", equalTo("code: 36.7X is not a KEMENDAGRI code"));

        given().get("/regions/by-code/UN_LOCODE/JP TST").then().statusCode(200)
                .body("parent.name", equalTo("Test Prefecture"))
                .body("codes.find { it.scheme == 'GEONAMES' }.code", equalTo("7777771"));
        given().get("/regions/by-code/BPS/3690").then().statusCode(200).body("name", equalTo("Kota Uji Impor"));
        String version = given().get("/regions/by-code/KEMENDAGRI/36.90").then().extract().header("ETag");

        given().auth().oauth2(ADMIN).contentType("text/csv").body(FIVE_ROWS_ONE_BAD).post("/imports")
                .then().statusCode(200)
                .body("created", equalTo(0))
                .body("updated", equalTo(0))
                .body("unchanged", equalTo(4))
                .body("rejected", hasSize(1));
        given().get("/regions/by-code/KEMENDAGRI/36.90").then().header("ETag", equalTo(version));
    }

    @Test
    void jsonImportReportsLinesAndUpdatesChangedRows() {
        String json = """
                [
                  {"scheme": "ISO_3166_2", "code": "KR-97", "name": "Test Province", "country": "KR", "level": 1, "kind": "Do"},
                  {"scheme": "ISO_3166_2", "code": "KR-96", "name": "No Level", "country": "KR", "kind": "Do"},
                  "not an object",
                  {"scheme": "NUTS", "code": "DE1", "name": "Baden", "country": "DE", "level": 1, "kind": "Land"}
                ]""";
        given().auth().oauth2(ADMIN).contentType("application/json").body(json).post("/imports")
                .then().statusCode(200)
                .body("format", equalTo("JSON"))
                .body("created", equalTo(1))
                .body("rejected", hasSize(3))
                .body("rejected[0].line", equalTo(3))
                .body("rejected[0].reason", equalTo("level is required"))
                .body("rejected[1].line", equalTo(4))
                .body("rejected[2].reason", startsWith("scheme: unknown scheme NUTS"));
        given().auth().oauth2(ADMIN).contentType("application/json")
                .body("[{\"scheme\": \"ISO_3166_2\", \"code\": \"KR-97\", \"name\": \"Renamed Province\", \"country\": \"KR\", \"level\": 1, \"kind\": \"Do\"}]")
                .post("/imports")
                .then().statusCode(200).body("updated", equalTo(1)).body("created", equalTo(0));
        given().get("/regions/by-code/ISO_3166_2/KR-97").then().body("name", equalTo("Renamed Province"));
    }

    @Test
    void reasonsFollowTheCallersLanguage() {
        given().auth().oauth2(ADMIN).contentType("text/csv").header("Accept-Language", "id-ID,id;q=0.9,en;q=0.5")
                .body("scheme,code,name,country,level,kind\nKEMENDAGRI,36.91,Kota Tanpa Induk,ID,2,Kota\n")
                .post("/imports")
                .then().statusCode(200)
                .body("rejected[0].reason", equalTo("wilayah di bawah tingkat 1 memerlukan parent_scheme dan parent_code"));
    }

    /** Imports are a bulk path (jembatan.http.bulk-paths): a body above the usual 1 MiB reaches the parser. */
    @Test
    void importsTakeBodiesAboveTheUsualLimit() {
        String twoMegabytes = "code,name\n" + "1,x\n".repeat(500_000);
        given().auth().oauth2(ADMIN).contentType("text/csv").body(twoMegabytes).post("/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("The CSV header lacks the required columns: country, kind, level, scheme."));
    }

    @Test
    void unusableFilesAreProblems() {
        given().auth().oauth2(ADMIN).contentType("text/csv").body("code,name\n1,x\n").post("/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("The CSV header lacks the required columns: country, kind, level, scheme."));
        given().auth().oauth2(ADMIN).contentType("application/json").body("[{\"scheme\": ").post("/imports")
                .then().statusCode(400).contentType("application/problem+json").body("type", equalTo("urn:jembatan:problem:malformed-json"));
        given().auth().oauth2(ADMIN).contentType("application/json").body("{\"scheme\": \"X\"}").post("/imports")
                .then().statusCode(400).body("type", equalTo("urn:jembatan:problem:import-json-shape"));
        given().auth().oauth2(ADMIN).contentType("application/xml").body("<rows/>").post("/imports")
                .then().statusCode(415).contentType("application/problem+json");
        StringBuilder tooMany = new StringBuilder("scheme,code,name,country,level,kind\n");
        for (int i = 0; i < 50_001; i++) {
            tooMany.append("GEONAMES,").append(i + 1).append(",N,ID,1,X\n");
        }
        given().auth().oauth2(ADMIN).contentType("text/csv").body(tooMany.toString()).post("/imports")
                .then().statusCode(413).contentType("application/problem+json");
    }
}
