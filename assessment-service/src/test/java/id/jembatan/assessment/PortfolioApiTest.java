package id.jembatan.assessment;

import id.jembatan.assessment.repository.ProjectedAgreement;
import id.jembatan.assessment.repository.ProjectionRepository;
import id.jembatan.devtools.testing.TestKeys;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Portfolio analytics of a province of its own (Bali, 51) with one public and one confidential agreement, so that
 * what the public portfolio reveals can be told from what the full one shows.
 */
@QuarkusTest
class PortfolioApiTest {

    private static final UUID PUBLIC = UUID.fromString("51000000-0000-0000-0000-000000000001");
    private static final UUID CONFIDENTIAL = UUID.fromString("51000000-0000-0000-0000-000000000002");
    private static final UUID ENDED = UUID.fromString("51000000-0000-0000-0000-000000000003");
    /** Nusa Tenggara Timur (53): registered as already ACTIVE from the paper archive, not yet confirmed. */
    private static final UUID UNCONFIRMED = UUID.fromString("53000000-0000-0000-0000-000000000001");

    @Inject
    ProjectionRepository projection;

    @BeforeEach
    void projectBali() {
        QuarkusTransaction.requiringNew().run(() -> {
            projection.upsert(agreement(PUBLIC, "KSD/51/2024/001", "Bali – Kyoto on tourism", "JP", List.of("TOURISM"),
                    "APPROVED", true, false, new BigDecimal("3000000000")));
            projection.upsert(agreement(CONFIDENTIAL, "KSD/51/2025/SECRET", "Confidential Bali hospital partnership",
                    "KR", List.of("HEALTH"), "PLANNED", true, true, new BigDecimal("9000000000")));
            // RENEWED: closed, its renewal is registered on its own; agreements-service publishes it as not live.
            projection.upsert(agreement(ENDED, "KSD/51/2019/001", "Bali – Perth on education (renewed)", "AU",
                    List.of("EDUCATION"), "RENEWED", false, false, BigDecimal.ZERO));
        });
    }

    private static ProjectedAgreement agreement(UUID id, String reference, String title, String country,
                                                List<String> sectors, String state, boolean live, boolean confidential,
                                                BigDecimal value) {
        return new ProjectedAgreement(id, 1, reference, title, "Provinsi Bali", "51", "51", country, List.of(), sectors,
                state, live, confidential, false, 2024, LocalDate.of(2029, 1, 1), null, null, LocalDate.of(2024, 1, 1), value,
                0, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    @Test
    void thePublicPortfolioNeedsNoTokenAndShowsNothingOfAConfidentialAgreement() {
        String body = given().queryParam("scope", "province:51").get("/public/portfolio").then().statusCode(200)
                .body("scope", equalTo("province:51"))
                .body("agreements", equalTo(2))
                .body("live", equalTo(1))
                .body("byPartnerCountry", equalTo(Map.of("JP", 1)))
                .body("byProvince", equalTo(Map.of("51", 1)))
                .body("bySector", equalTo(Map.of("TOURISM", 1)))
                .body("byState", equalTo(Map.of("APPROVED", 1, "RENEWED", 1)))
                .body("concentration.topPartner", equalTo("JP"))
                .body("concentration.byValue.agreements", equalTo(1))
                .body("realisedOutputs", nullValue())
                .body("riskLevels", nullValue())
                .body("dormant", nullValue())
                .extract().asString();
        for (String secret : List.of("SECRET", "Confidential", "hospital", "HEALTH", "PLANNED", CONFIDENTIAL.toString())) {
            org.junit.jupiter.api.Assertions.assertFalse(body.contains(secret), () -> secret + " leaked: " + body);
        }
        // KR appears only as a diversification target no public agreement reaches.
        given().queryParam("scope", "province:51").get("/public/portfolio").then()
                .body("absentCountries.code", equalTo(List.of("KR")))
                .body("absentBlocs.code", equalTo(List.of("EU", "ASEAN")));
        given().queryParam("scope", "national").get("/public/portfolio").then().statusCode(200)
                .body("byState.PLANNED", nullValue())
                .body(not(containsString("SECRET")));
    }

    @Test
    void theFullPortfolioCountsEveryAgreementAndTheFlagDecidesWhatIsLive() {
        given().auth().oauth2(TestKeys.token("viewer")).queryParam("scope", "province:51").get("/portfolio").then()
                .statusCode(200)
                .body("agreements", equalTo(3))
                // RENEWED is not live: the flag agreements-service publishes decides, not a list kept here.
                .body("live", equalTo(2))
                .body("byPartnerCountry", equalTo(Map.of("JP", 1, "KR", 1)))
                .body("hhi", equalTo(5000))
                .body("concentration.topPartner", equalTo("JP"))
                .body("concentration.topPartnerShare", equalTo(50.0f))
                .body("concentration.byCount.level", equalTo("TOO_FEW_TO_JUDGE"))
                // By value: 3bn and 9bn, shares 25% and 75%: 625 + 5625 = 6250
                .body("concentration.byValue.hhi", equalTo(6250))
                .body("absentCountries.code", equalTo(List.of()))
                .body("absentBlocs.name", equalTo(List.of("the European Union", "ASEAN")));
    }

    @Test
    void legacyRegistrationsAwaitingConfirmationAreCountedAndFlagged() {
        QuarkusTransaction.requiringNew().run(() -> projection.upsert(new ProjectedAgreement(UNCONFIRMED, 1,
                "KSD/53/2018/001", "Kupang – Darwin on trade (from the paper archive)", "Provinsi Nusa Tenggara Timur",
                "53", "53", "AU", List.of(), List.of("TRADE_EXPORT"), "ACTIVE", true, false, true, 2018,
                LocalDate.of(2028, 1, 1), null, null, LocalDate.of(2018, 1, 1), BigDecimal.ZERO, 0, BigDecimal.ZERO,
                BigDecimal.ZERO)));
        given().auth().oauth2(TestKeys.token("viewer")).queryParam("scope", "province:53").get("/portfolio").then()
                .statusCode(200).body("agreements", equalTo(1)).body("live", equalTo(1)).body("unconfirmed", equalTo(1));
        given().queryParam("scope", "province:53").get("/public/portfolio").then()
                .statusCode(200).body("unconfirmed", equalTo(1));
        given().queryParam("scope", "province:51").get("/public/portfolio").then().body("unconfirmed", equalTo(0));
    }

    @Test
    void aMalformedScopeIsAProblemOnThePublicPortfolioToo() {
        given().queryParam("scope", "planet:earth").get("/public/portfolio").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
