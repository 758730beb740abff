package id.jembatan.assessment;

import id.jembatan.assessment.repository.ProjectionRepository;
import id.jembatan.assessment.service.CanonicalJson;
import id.jembatan.assessment.service.ChangeFollower;
import id.jembatan.assessment.service.ScopeAggregates;
import id.jembatan.devtools.testing.RecordedService;
import id.jembatan.devtools.testing.TestKeys;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.jembatan.assessment.Stubs.SERANG_HANGZHOU;
import static id.jembatan.assessment.Stubs.TANGERANG_BINZHOU;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class AssessmentApiTest {

    private static final String SERANG_OFFICER = TestKeys.token("regional-officer", "36.73");

    @Inject
    ChangeFollower follower;

    @Inject
    @CacheName("directory")
    Cache directoryAnswers;

    @Inject
    ProjectionRepository projection;

    @Inject
    jakarta.persistence.EntityManager em;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    @Inject
    CanonicalJson canonical;

    /**
     * After an outage the circuit breakers' rolling windows still hold the failures; a few successes in a row
     * flush them, so that the next test does not trip over this one's outage.
     */
    @AfterEach
    void servicesBack() {
        RecordedService.mode("agreements", "up");
        RecordedService.mode("directory", "up");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        int successes = 0;
        while (successes < 6 && Instant.now().isBefore(deadline)) {
            successes = assess(TestKeys.token("admin"), SERANG_HANGZHOU).statusCode() == 201 ? successes + 1 : 0;
        }
    }

    private static Response assess(String token, String agreementId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("agreementId", agreementId))
                .post("/assessments");
    }

    private static long count(String agreementId) {
        return ((Number) given().auth().oauth2(TestKeys.token("viewer")).queryParam("agreementId", agreementId)
                .get("/assessments").then().statusCode(200).extract().path("totalItems")).longValue();
    }

    @Test
    void theSerangHangzhouLetterOfIntentShowsTheArticlesConcerns() {
        assess(SERANG_OFFICER, SERANG_HANGZHOU).then().statusCode(201)
                .header("Location", containsString("/assessments/"))
                .body("agreementVersion", equalTo(1))
                .body("modelVersion", greaterThanOrEqualTo(2)) // the default: version 2, or a copy a test added
                .body("stale", equalTo(false))
                .body("result.dimensions.find { it.dimension == 'TRANSPARENCY' }.findings.rule", hasItem("TRANSPARENCY.CBA_MISSING"))
                .body("result.dimensions.find { it.dimension == 'DIGITAL_SOVEREIGNTY' }.findings.rule", hasItem("DIGITAL.DATA_CLAUSE_MISSING"))
                .body("result.dimensions.find { it.dimension == 'DIGITAL_SOVEREIGNTY' }.findings.find { it.rule == 'DIGITAL.DATA_CLAUSE_MISSING' }.title.en",
                        containsString("PP 71/2019"))
                .body("result.dimensions.find { it.dimension == 'COST_BENEFIT' }.findings.rule", hasItem("COST_BENEFIT.NO_ANALYSIS"))
                .body("result.recommendations.text.en", hasItem("Explore cooperation with partners from Japan, South Korea, the European Union, ASEAN."))
                .body("result.recommendations.text.id", hasItem("Jajaki kerja sama dengan mitra dari Jepang, Korea Selatan, Uni Eropa, ASEAN."))
                .body("result.recommendations[0].weight", notNullValue());
    }

    @Test
    void theInputsNameThePortfoliosByTheHashOfTheirStoredSnapshots() throws Exception {
        String admin = TestKeys.token("admin");
        String first = assess(admin, SERANG_HANGZHOU).then().statusCode(201).extract().path("id");
        String second = assess(admin, SERANG_HANGZHOU).then().statusCode(201).extract().path("id");
        List<String> named = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                        select concat(p.key, '=', p.value) from assessment a, jsonb_each_text(a.inputs->'portfolio') p
                        where a.id in (cast(:first as uuid), cast(:second as uuid)) and p.key in ('region', 'province', 'national')
                        group by 1 having count(*) = 2""")
                .setParameter("first", first).setParameter("second", second).getResultList());
        // both name the same three (the demo data's province is all of its nation: those two are one snapshot)
        assertEquals(3, named.size(), "both assessments name the same snapshots: " + named);
        named = named.stream().map(n -> n.substring(n.indexOf('=') + 1)).distinct().toList();
        for (String hash : named) {
            String content = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                    "select cast(content as text) from portfolio_snapshot where hash = :hash").setParameter("hash", hash)
                    .getSingleResult());
            // the stored snapshot, read back as what it is, has the canonical JSON the hash was taken of
            ScopeAggregates.Snapshot snapshot = json.readValue(content, ScopeAggregates.Snapshot.class);
            assertEquals(hash, CanonicalJson.sha256(canonical.write(snapshot)));
        }
    }

    @Test
    void theSameInputsAndModelGiveTheSameResult() {
        Response first = assess(SERANG_OFFICER, TANGERANG_BINZHOU);
        first.then().statusCode(403);
        String admin = TestKeys.token("admin");
        Map<String, Object> a = assess(admin, TANGERANG_BINZHOU).then().statusCode(201).extract().jsonPath().getMap("$");
        Map<String, Object> b = assess(admin, TANGERANG_BINZHOU).then().statusCode(201).extract().jsonPath().getMap("$");
        assertEquals(a.get("inputsHash"), b.get("inputsHash"));
        assertEquals(a.get("result"), b.get("result"));
        given().auth().oauth2(TestKeys.token("viewer")).queryParam("agreementId", TANGERANG_BINZHOU).get("/assessments")
                .then().statusCode(200).body("items[0].id", equalTo(b.get("id"))).body("items[1].id", equalTo(a.get("id")));
    }

    @Test
    void aPreviewEvaluatesADraftAndStoresNothing() {
        Map<String, Object> draft = new HashMap<>();
        draft.put("title", "Draft MoU Kota Serang – Hangzhou with a data clause");
        draft.put("form", "KSDPL");
        draft.put("type", "SISTER_CITY");
        draft.put("indonesianRegionCode", "36.73");
        draft.put("foreignRegion", Map.of("scheme", "GB_T_2260", "code", "330100"));
        draft.put("participants", List.of(Map.of("organisation", "alibaba", "role", "TECHNOLOGY_PARTNER")));
        draft.put("sectors", List.of("E_COMMERCE"));
        draft.put("clauses", Map.of("DATA_PROTECTION_LOCALISATION", Map.of("present", true, "location", "Art. 9")));
        long before = count(SERANG_HANGZHOU);
        given().auth().oauth2(SERANG_OFFICER).contentType(ContentType.JSON).body(draft).post("/assessments/preview")
                .then().statusCode(200)
                .body("inputsHash", notNullValue())
                .body("result.dimensions.find { it.dimension == 'DIGITAL_SOVEREIGNTY' }.findings.rule", not(hasItem("DIGITAL.DATA_CLAUSE_MISSING")));
        draft.put("indonesianRegionCode", "36.03");
        given().auth().oauth2(SERANG_OFFICER).contentType(ContentType.JSON).body(draft).post("/assessments/preview")
                .then().statusCode(403).contentType("application/problem+json");
        assertEquals(before, count(SERANG_HANGZHOU));
    }

    @Test
    void readsAndWritesFollowTheRoles() {
        assess(TestKeys.token("viewer"), SERANG_HANGZHOU).then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("agreementId", SERANG_HANGZHOU)).post("/assessments").then().statusCode(401);
        String id = assess(TestKeys.token("ministry-reviewer"), SERANG_HANGZHOU).then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestKeys.token("viewer")).get("/assessments/" + id).then().statusCode(200);
        given().auth().oauth2(SERANG_OFFICER).get("/assessments/" + id).then().statusCode(200);
        given().auth().oauth2(TestKeys.token("regional-officer", "36.03")).get("/assessments/" + id).then().statusCode(404);
        given().get("/assessments/" + id).then().statusCode(401);
    }

    @Test
    void aBurstLargerThanTheConcurrencyCapWaitsItsTurnInsteadOfFailing() throws Exception {
        java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                statuses.add(callers.submit(() -> assess(SERANG_OFFICER, SERANG_HANGZHOU).statusCode()));
            }
            for (java.util.concurrent.Future<Integer> status : statuses) {
                assertEquals(201, status.get());
            }
        } finally {
            callers.shutdown();
        }
    }

    @Test
    void referenceDataLookedUpInTheLastMinuteOutlivesADirectoryOutage() {
        assess(SERANG_OFFICER, SERANG_HANGZHOU).then().statusCode(201);
        RecordedService.mode("directory", "error");
        assess(SERANG_OFFICER, SERANG_HANGZHOU).then().statusCode(201)
                .body("agreementId", equalTo(SERANG_HANGZHOU));
    }

    @Test
    void aDownstreamOutageIsA503AndStoresNothing() {
        long before = count(SERANG_HANGZHOU);
        RecordedService.mode("agreements", "down");
        assess(SERANG_OFFICER, SERANG_HANGZHOU).then().statusCode(503).header("Retry-After", "10")
                .body("detail", containsString("agreements-service"));
        RecordedService.mode("agreements", "up");
        directoryAnswers.invalidateAll().await().indefinitely();
        RecordedService.mode("directory", "error");
        assess(SERANG_OFFICER, SERANG_HANGZHOU).then().statusCode(503).body("detail", containsString("directory-service"));
        RecordedService.mode("directory", "up");
        assertEquals(before, count(SERANG_HANGZHOU));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        int status = 0;
        while (status != 201 && Instant.now().isBefore(deadline)) {
            status = assess(SERANG_OFFICER, SERANG_HANGZHOU).statusCode();
            pause();
        }
        assertEquals(201, status, "works again without a restart");
    }

    @Test
    void changedAgreementsMakeTheirAssessmentsStaleAndFeedThePortfolio() {
        String id = assess(SERANG_OFFICER, SERANG_HANGZHOU).then().statusCode(201).extract().path("id");
        follower.followOnce();
        given().auth().oauth2(SERANG_OFFICER).get("/assessments/" + id).then().statusCode(200)
                .body("stale", equalTo(true)).body("staleSince", notNullValue());
        given().auth().oauth2(TestKeys.token("viewer")).queryParam("scope", "province:36").get("/portfolio")
                .then().statusCode(200)
                .body("live", equalTo(2))
                .body("byPartnerCountry.CN", equalTo(2))
                .body("hhi", equalTo(10000))
                .body("concentration.topPartner", equalTo("CN"))
                .body("concentration.topPartnerShare", equalTo(100.0f))
                .body("concentration.byCount.hhi", equalTo(10000))
                .body("concentration.byCount.level", equalTo("TOO_FEW_TO_JUDGE"))
                .body("concentration.byValue.level", equalTo("NOT_MEASURABLE"))
                // Countries and blocs kept apart, with their names
                .body("absentCountries.code", equalTo(List.of("JP", "KR")))
                .body("absentCountries.name", equalTo(List.of("Japan", "South Korea")))
                .body("absentBlocs.code", equalTo(List.of("EU", "ASEAN")))
                .body("absentBlocs.nameId", equalTo(List.of("Uni Eropa", "ASEAN")))
                .body("realisedOutputs.peopleTrained", equalTo(40))
                .body("riskLevels.NOT_ASSESSED", equalTo(1))
                .body("freshness.changePosition", equalTo(2));
        given().auth().oauth2(SERANG_OFFICER).queryParam("scope", "region:36.73").get("/portfolio").then().statusCode(200)
                .body("live", equalTo(1));
        given().auth().oauth2(SERANG_OFFICER).queryParam("scope", "province:36").get("/portfolio").then().statusCode(403);
        given().auth().oauth2(TestKeys.token("viewer")).queryParam("scope", "national").get("/portfolio").then().statusCode(200)
                .body("byState.ACTIVE", equalTo(1));
    }

    /** A batch read before a bulk load set the cursor ahead must not, when it commits, send the follower back. */
    @Test
    void theFeedCursorNeverMovesBack() {
        QuarkusTransaction.requiringNew().run(() -> projection.advance(0));
        long position = QuarkusTransaction.requiringNew().call(projection::position);
        QuarkusTransaction.requiringNew().run(() -> projection.advance(position - 1));
        assertEquals(position, QuarkusTransaction.requiringNew().call(projection::position));
    }

    @Test
    void badInputIsAProblem() {
        String viewer = TestKeys.token("viewer");
        given().auth().oauth2(SERANG_OFFICER).contentType(ContentType.JSON).body("{\"agreementId\": ").post("/assessments")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(SERANG_OFFICER).contentType(ContentType.JSON).body(Map.of("agreementId", "not-a-uuid")).post("/assessments")
                .then().statusCode(400).body("errors[0].field", equalTo("agreementId"));
        given().auth().oauth2(SERANG_OFFICER).contentType(ContentType.JSON).body(Map.of()).post("/assessments")
                .then().statusCode(400).body("errors[0].field", equalTo("agreementId"));
        assess(SERANG_OFFICER, "00000000-0000-0000-0000-000000000000").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(viewer).queryParam("scope", "planet:earth").get("/portfolio").then().statusCode(400);
        given().auth().oauth2(viewer).queryParam("agreementId", "x").get("/assessments").then().statusCode(400);
        given().auth().oauth2(viewer).get("/assessments").then().statusCode(400);
        given().auth().oauth2(viewer).queryParam("agreementId", SERANG_HANGZHOU).queryParam("size", 5000).get("/assessments").then().statusCode(400);
        given().auth().oauth2(viewer).get("/assessments/nope").then().statusCode(404);
        given().auth().oauth2(SERANG_OFFICER).contentType(ContentType.JSON).body(Map.of("title", "x")).post("/assessments/preview")
                .then().statusCode(400);
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
