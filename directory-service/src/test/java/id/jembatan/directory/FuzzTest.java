package id.jembatan.directory;

import id.jembatan.devtools.testing.ApiFuzzer;
import id.jembatan.devtools.testing.FuzzRun;
import id.jembatan.devtools.testing.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of the committed contract receives a few hundred hostile and boundary requests (see
 * {@link ApiFuzzer}): with a directory administrator's token, and a sample of them again without a token. None may
 * fail (5xx), every 4xx is a problem document, and no answer shows a stack trace or a Java class name.
 * The writes target a region, an organisation and a country (Antarctica) that no other test reads.
 */
@QuarkusTest
class FuzzTest {

    private static final Path DOCUMENT = Path.of("openapi", "directory-service.json");
    private static final long SEED = 20_260_101L;
    private static final int PER_OPERATION = 150;
    private static final int ANONYMOUS_SAMPLE_EVERY = 8;
    private static final String ADMIN = TestKeys.token("directory-admin");

    private static final String REGION = """
            {"name": "Kabupaten Sasaran Fuzz", "country": "ID", "level": 2, "kind": "Kabupaten", "kindEn": "Regency",
             "parentId": "%s", "codes": [{"scheme": "KEMENDAGRI", "code": "36.88", "source": "fuzz test"}]}""";
    private static final String ORGANISATION = """
            {"key": "fuzz-target", "name": "Fuzz Target Ltd", "kind": "COMPANY", "country": "ID", "sectors": ["TOURISM"]}""";
    private static final String ANTARCTICA = """
            {"nameEn": "Antarctica", "nameId": "Antarktika", "sovereign": false, "diplomaticRelations": false, "blocs": []}""";
    private static final String CSV_HEADER =
            "scheme,code,name,local_name,country,level,kind,kind_en,parent_scheme,parent_code,alt_names,extra_codes,valid_from,source\n";

    @Test
    void hostileRequestsAreAnsweredWithProblemsNeverWithFailures() {
        String banten = given().get("/regions/by-code/KEMENDAGRI/36").then().statusCode(200).extract().path("id");
        String region = REGION.formatted(banten);
        String regionId = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(region).post("/regions")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(ORGANISATION).post("/organisations").then().statusCode(201);

        Map<String, String> known = new LinkedHashMap<>();
        known.put("path:id", regionId);
        known.put("path:idOrKey", "fuzz-target");
        known.put("path:code", "AQ");
        known.put("header:If-Match", "*");
        known.put("parentId", banten);
        known.put("request:createRegion", region);
        known.put("request:updateRegion", region);
        known.put("request:createOrganisation", ORGANISATION);
        known.put("request:updateOrganisation", ORGANISATION);
        known.put("request:updateCountry", ANTARCTICA);
        known.put("request:importRegions", CSV_HEADER);
        List<ApiFuzzer.Request> requests = ApiFuzzer.generate(ApiFuzzer.read(DOCUMENT), SEED, PER_OPERATION, known);

        FuzzRun.Outcome outcome = FuzzRun.run("directory-service", requests, ADMIN, ANONYMOUS_SAMPLE_EVERY);
        assertEquals(List.of(), outcome.withToken().violations(), outcome.summary());
        assertEquals(List.of(), outcome.anonymous().violations(), outcome.summary());
        assertEquals(List.of(), outcome.openedWithoutToken(), "secured operations answered without a token");
        assertTrue(outcome.withToken().sent() > 2_000, outcome.summary());
    }
}
