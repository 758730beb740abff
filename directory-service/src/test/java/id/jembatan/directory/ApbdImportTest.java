package id.jembatan.directory;

import id.jembatan.devtools.testing.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Realised APBD revenue as DJPK publishes it: each figure with its year and source, each bad row reported. */
@QuarkusTest
class ApbdImportTest {

    private static final String ADMIN = TestKeys.token("directory-admin");
    /** Amounts read as exact decimals, not floats. */
    private static final RestAssuredConfig EXACT = RestAssuredConfig.config().jsonConfig(
            JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private static final String CILEGON = """
            kode_pemda,tahun,pendapatan,pad,pendapatan_transfer
            36.72,2023,1900000000000.50,700000000000,1150000000000
            36.72,2024,2000000000000,750000000000,1200000000000
            36.99,2024,1000,500,400
            36.72,20X4,1000,500,400
            36.72,2022,1.000.000,500,400
            36.72,2021,1000,800,400
            36.72,,1000,500,400
            """;

    @Test
    void eachFigureKeepsItsYearAndSourceAndEveryBadRowIsReported() {
        given().auth().oauth2(ADMIN).contentType("text/csv").body(CILEGON).post("/imports/apbd-realisations")
                .then().statusCode(200)
                .body("format", equalTo("CSV"))
                .body("received", equalTo(7))
                .body("created", equalTo(2))
                .body("rejected", hasSize(5))
                .body("rejected[0].line", equalTo(4))
                .body("rejected[0].reason", equalTo("no region with Kemendagri code 36.99"))
                .body("rejected[1].reason", equalTo("tahun must be a year from 1900 to 2100, got 20X4"))
                .body("rejected[2].reason", equalTo("pendapatan must be an amount in rupiah (digits, up to two decimals after a point), got 1.000.000"))
                .body("rejected[3].reason", equalTo("pad and pendapatan_transfer together exceed pendapatan"))
                .body("rejected[4].reason", equalTo("tahun is required"));

        given().config(EXACT).get("/regions/by-code/KEMENDAGRI/36.72").then().statusCode(200)
                .body("figures.find { it.metric == 'BUDGET_REVENUE' && it.year == 2024 }.value",
                        comparesEqualTo(new BigDecimal("2000000000000")))
                .body("figures.find { it.metric == 'BUDGET_REVENUE' && it.year == 2023 }.value",
                        comparesEqualTo(new BigDecimal("1900000000000.50")))
                .body("figures.find { it.metric == 'BUDGET_REVENUE' && it.year == 2024 }.source",
                        equalTo("DJPK Kemenkeu, realisasi APBD 2024"))
                .body("figures.find { it.metric == 'BUDGET_REVENUE' && it.year == 2024 }.illustrative", equalTo(false))
                .body("figures.find { it.metric == 'OWN_SOURCE_REVENUE' && it.year == 2023 }.value",
                        comparesEqualTo(new BigDecimal("700000000000")))
                .body("figures.find { it.metric == 'TRANSFER_REVENUE' && it.year == 2024 }.source",
                        equalTo("DJPK Kemenkeu, realisasi APBD 2024"));

        // The same file again changes nothing; the bad rows are reported again.
        given().auth().oauth2(ADMIN).contentType("text/csv").body(CILEGON).post("/imports/apbd-realisations")
                .then().statusCode(200).body("created", equalTo(0)).body("updated", equalTo(0))
                .body("unchanged", equalTo(2)).body("rejected", hasSize(5));
    }

    @Test
    void theExampleFileImportsAsIllustrativeFiguresWithItsSource() throws IOException {
        String example;
        try (InputStream in = getClass().getResourceAsStream("/examples/apbd-realisasi-example.csv")) {
            example = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        given().auth().oauth2(ADMIN).contentType("text/csv").body(example).post("/imports/apbd-realisations")
                .then().statusCode(200).body("received", equalTo(4)).body("rejected", hasSize(0));
        given().get("/regions/by-code/KEMENDAGRI/36.73").then().statusCode(200)
                .body("figures.find { it.metric == 'OWN_SOURCE_REVENUE' && it.year == 2023 }.source",
                        equalTo("Contoh ilustratif, bukan angka resmi DJPK"))
                .body("figures.find { it.metric == 'OWN_SOURCE_REVENUE' && it.year == 2023 }.illustrative", equalTo(true));
    }

    @Test
    void aFileWithoutTheColumnsOrWithoutATokenIsRefused() {
        given().auth().oauth2(ADMIN).contentType("text/csv").body("kode_pemda,tahun\n36.72,2024\n")
                .post("/imports/apbd-realisations").then().statusCode(400).contentType("application/problem+json");
        given().contentType("text/csv").body(CILEGON).post("/imports/apbd-realisations").then().statusCode(401);
        given().auth().oauth2(TestKeys.token("viewer")).contentType("text/csv").body(CILEGON)
                .post("/imports/apbd-realisations").then().statusCode(403);
    }
}
