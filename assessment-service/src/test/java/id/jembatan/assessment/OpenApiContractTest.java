package id.jembatan.assessment;

import id.jembatan.devtools.testing.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The committed OpenAPI document is the contract: the build fails when the code and the document disagree. */
@QuarkusTest
class OpenApiContractTest {

    private static final Path COMMITTED = Path.of("openapi", "assessment-service.json");

    @Test
    void committedDocumentMatchesTheRunningCode() throws Exception {
        String served = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        assertNull(OpenApiContract.drift(served, COMMITTED));
    }

    @Test
    void documentFollowsTheConventions() throws Exception {
        assertEquals(List.of(), OpenApiContract.conventionBreaches(COMMITTED));
    }

    /**
     * Every schema should be described. These still are not (the scoring model's types in scoring/ and the draft's
     * parts); the list may only shrink.
     */
    @Test
    void noSchemaLosesItsDescription() throws Exception {
        Set<String> notYetDescribed = Set.of("AgreementType", "AssessmentResult", "BenefitKind", "BenefitParameters",
                "CodeScheme", "CommitmentKind", "ConcentrationLevel", "ConcentrationParameters", "CostBenefitParameters",
                "Dimension", "DimensionResult", "DraftBenefit", "DraftCommitment", "DraftCost", "DraftDocument",
                "DraftForeignRegion", "DraftInstalment", "DraftInstrument", "DraftLoanTerms", "DraftParticipant", "Finding",
                "FiscalParameters", "Form", "InstrumentKind", "Level", "LevelCutoffs", "Obligor", "ParticipantRole", "Payer",
                "PortfolioAgreement", "PortfolioConcentrationIndex", "PortfolioOutputs", "Recommendation", "ScoringModel",
                "Sector", "Severity", "Text");
        assertEquals(List.of(), OpenApiContract.undescribedSchemas(COMMITTED).stream()
                .filter(name -> !notYetDescribed.contains(name)).toList());
    }
}
