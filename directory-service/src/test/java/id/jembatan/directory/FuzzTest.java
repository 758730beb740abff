package id.jembatan.directory;

import id.jembatan.devtools.testing.ApiFuzzer;
import id.jembatan.devtools.testing.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
    private static final java.util.concurrent.atomic.AtomicInteger SENT = new java.util.concurrent.atomic.AtomicInteger();
    private static final RestAssuredConfig RAW = RestAssured.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false))
            .httpClient(HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 20_000)
                    .setParam("http.connection.timeout", 5_000));

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

        ApiFuzzer.Tally admin = new ApiFuzzer.Tally("directory-service with a directory-admin token")
                .run(requests, request -> send(request, ADMIN));
        ApiFuzzer.Tally anonymous = new ApiFuzzer.Tally("directory-service without a token");
        List<String> openedWithoutToken = new java.util.ArrayList<>();
        for (int i = 0; i < requests.size(); i += ANONYMOUS_SAMPLE_EVERY) {
            ApiFuzzer.Request request = requests.get(i);
            ApiFuzzer.Reply reply = send(request, null);
            anonymous.record(request, reply);
            if (request.secured() && reply.status() < 300) {
                openedWithoutToken.add(request + " -> " + reply.status());
            }
        }
        System.out.println(admin.summary());
        System.out.println(anonymous.summary());

        assertEquals(List.of(), admin.violations(), admin.summary());
        assertEquals(List.of(), anonymous.violations(), anonymous.summary());
        assertEquals(List.of(), openedWithoutToken, "secured operations answered without a token");
        assertTrue(admin.sent() > 2_000, admin.summary());
    }

    /** Sends a fuzzer request exactly as described: its URI is already encoded, its body bytes go as they are. */
    static ApiFuzzer.Reply send(ApiFuzzer.Request request, String token) {
        try {
            RequestSpecification spec = given().config(RAW).urlEncodingEnabled(false);
            int number = SENT.incrementAndGet(); // fuzz-N in the log is the N-th request sent
            if (!request.headers().containsKey("X-Request-Id")) {
                spec.header("X-Request-Id", "fuzz-" + number);
            }
            if (token != null && !request.headers().containsKey("Authorization")) {
                spec.header("Authorization", "Bearer " + token);
            }
            request.headers().forEach(spec::header);
            if (request.contentType() != null) {
                spec.contentType(request.contentType());
            }
            if (request.body() != null && String.valueOf(request.contentType()).startsWith("application/x-www-form-urlencoded")) {
                spec.body(request.bodyText()); // REST Assured's form encoder takes text only
            } else if (request.body() != null) {
                spec.body(request.body());
            }
            Response response = spec.request(request.method().toUpperCase(Locale.ROOT), request.uri());
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().forEach(header -> headers.put(header.getName(), header.getValue()));
            String contentType = response.contentType();
            return new ApiFuzzer.Reply(response.statusCode(), contentType == null || contentType.isEmpty() ? null : contentType,
                    response.asString(), headers);
        } catch (Exception e) { // REST Assured also throws checked exceptions without declaring them
            return new ApiFuzzer.Reply(0, null, e.toString(), Map.of());
        }
    }
}
