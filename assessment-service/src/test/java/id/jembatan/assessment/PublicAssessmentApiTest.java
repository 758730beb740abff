package id.jembatan.assessment;

import id.jembatan.assessment.repository.AssessmentRepository;
import id.jembatan.assessment.repository.ProjectedAgreement;
import id.jembatan.assessment.repository.ProjectionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * The latest assessment of a public agreement, read without a token: one assessment stored for a public and one for
 * a confidential agreement (Provinsi Sulawesi Utara, 71, which no other test uses), the result holding figures the
 * public must not see.
 */
@QuarkusTest
class PublicAssessmentApiTest {

    @Inject
    AssessmentRepository assessments;

    @Inject
    ProjectionRepository projection;

    private static final String RESULT = """
            {"modelVersion": 2, "overallRisk": 35, "overallLevel": "MODERATE", "benefitScore": 40,
             "dimensions": [
               {"dimension": "DIGITAL_SOVEREIGNTY", "score": 35, "level": "MODERATE",
                "findings": [{"rule": "DIGITAL.DATA_CLAUSE_MISSING", "severity": "WARNING",
                              "title": {"en": "No data clause (PP 71/2019)", "id": "Tidak ada klausul data (PP 71/2019)"},
                              "evidence": {"digitalSectors": ["E_COMMERCE"], "regulations": ["PP 71/2019"]}}],
                "recommendations": [], "metrics": {"dataProtectionClause": "MISSING"}},
               {"dimension": "PARTNER_CONCENTRATION", "score": 40, "level": "MODERATE",
                "findings": [{"rule": "CONCENTRATION.NATIONAL_HIGH", "severity": "WARNING",
                              "title": {"en": "Nationwide HHI 4321", "id": "HHI nasional 4321"}, "evidence": {"hhi": 4321}}],
                "recommendations": [{"rule": "CONCENTRATION.NATIONAL_HIGH", "weight": 20,
                                     "text": {"en": "Weigh national concentration", "id": "Pertimbangkan konsentrasi nasional"}}],
                "metrics": {"national.hhiByCount": 4321, "national.liveAgreements": 17}}],
             "recommendations": [
               {"rule": "CONCENTRATION.NATIONAL_HIGH", "weight": 20, "text": {"en": "Weigh national concentration", "id": "Pertimbangkan konsentrasi nasional"}},
               {"rule": "DIGITAL.DATA_CLAUSE_MISSING", "weight": 35, "text": {"en": "Add a data clause", "id": "Tambahkan klausul data"}}]}""";

    private UUID stored(boolean confidential) {
        return stored(assessments, projection, confidential);
    }

    /** An agreement of Kota Manado, projected as public or confidential, with one stored assessment. */
    static UUID stored(AssessmentRepository assessments, ProjectionRepository projection, boolean confidential) {
        UUID agreement = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            projection.upsert(new ProjectedAgreement(agreement, 1, "KSD/71/2025/" + agreement, "Manado – Davao",
                    "Kota Manado", "71.71", "71", "PH", List.of("ASEAN"), List.of("E_COMMERCE"), "LOI_SIGNED", true,
                    confidential, false, 2025, LocalDate.of(2030, 1, 1), null, null, LocalDate.of(2025, 1, 1), BigDecimal.ZERO,
                    0, BigDecimal.ZERO, BigDecimal.ZERO));
            assessments.insert(new AssessmentRepository.NewAssessment(UUID.randomUUID(), agreement, 1, "71.71", "71", 2,
                    "0".repeat(64), "{}", json(RESULT), "MODERATE", 35, 40, "officer-manado", java.time.Instant.now()));
        });
        return agreement;
    }

    private static Object json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anyoneReadsTheLatestAssessmentOfAPublicAgreementWithoutWhatIsComputedOverTheWholeRegistry() {
        UUID agreement = stored(false);
        String body = given().get("/public/agreements/" + agreement + "/assessment").then().statusCode(200)
                .body("agreementId", equalTo(agreement.toString()))
                .body("result.overallLevel", equalTo("MODERATE"))
                .body("result.dimensions.find { it.dimension == 'DIGITAL_SOVEREIGNTY' }.findings.rule", hasItem("DIGITAL.DATA_CLAUSE_MISSING"))
                .body("result.dimensions.find { it.dimension == 'DIGITAL_SOVEREIGNTY' }.findings[0].title.en", containsString("PP 71/2019"))
                .body("result.dimensions.find { it.dimension == 'PARTNER_CONCENTRATION' }.level", equalTo("MODERATE"))
                .body("result.dimensions.find { it.dimension == 'PARTNER_CONCENTRATION' }.findings", equalTo(List.of()))
                .body("result.recommendations.rule", equalTo(List.of("DIGITAL.DATA_CLAUSE_MISSING")))
                .body("createdBy", nullValue())
                .body("result.dimensions.find { it.dimension == 'DIGITAL_SOVEREIGNTY' }.findings[0].evidence",
                        equalTo(java.util.Map.of("regulations", List.of("PP 71/2019"))))
                .extract().asString();
        for (String hidden : List.of("metrics", "digitalSectors", "E_COMMERCE", "4321", "officer-manado", "national.")) {
            org.junit.jupiter.api.Assertions.assertFalse(body.contains(hidden), () -> hidden + " reached the public: " + body);
        }
    }

    @Test
    void aConfidentialUnknownOrMalformedAgreementIsNotFoundTheSameWayInBothLanguages() {
        UUID confidential = stored(true);
        for (String id : List.of(confidential.toString(), UUID.randomUUID().toString(), "not-a-uuid")) {
            given().get("/public/agreements/" + id + "/assessment").then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:jembatan:problem:public-assessment-not-found"))
                    .body(not(containsString("Manado")));
        }
        given().header("Accept-Language", "id").get("/public/agreements/" + confidential + "/assessment").then()
                .statusCode(404).body("title", equalTo("Tidak ada penilaian publik"));
    }

    @Test
    void theLatestOfSeveralIsTheOneShown() {
        UUID agreement = stored(false);
        UUID newer = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> assessments.insert(new AssessmentRepository.NewAssessment(newer,
                agreement, 2, "71.71", "71", 2, "1".repeat(64), "{}", json(RESULT), "MODERATE", 35, 40, "officer-manado",
                java.time.Instant.now().plusSeconds(1))));
        given().get("/public/agreements/" + agreement + "/assessment").then().statusCode(200)
                .body("id", equalTo(newer.toString())).body("agreementVersion", equalTo(2));
    }
}
