package id.jembatan.assessment.scoring.dimensions;

import static id.jembatan.assessment.scoring.Checks.assertNoFindings;
import static id.jembatan.assessment.scoring.Checks.assertRules;
import static id.jembatan.assessment.scoring.Checks.assertScore;
import static id.jembatan.assessment.scoring.Checks.finding;
import static id.jembatan.assessment.scoring.Fixtures.MODEL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.jembatan.assessment.scoring.Fixtures;
import id.jembatan.assessment.scoring.facts.ClauseKind;
import id.jembatan.assessment.scoring.model.DimensionResult;
import id.jembatan.assessment.scoring.model.Finding;
import id.jembatan.assessment.scoring.model.Level;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnvironmentalSocialDimensionTest {

    private static DimensionResult evaluate(Fixtures.Builder agreement) {
        return EnvironmentalSocialDimension.evaluate(agreement.build(), MODEL);
    }

    @Test
    void physicalImpactWithoutAnySafeguard() {
        Fixtures.Builder agreement = Fixtures.clean().sectors("INFRASTRUCTURE", "TOURISM")
                .withoutClause(ClauseKind.ENVIRONMENTAL_PROTECTION);
        DimensionResult result = evaluate(agreement);
        assertRules(result, "ENVIRONMENT.SAFEGUARDS_MISSING");
        Finding finding = finding(result, "ENVIRONMENT.SAFEGUARDS_MISSING");
        assertEquals(List.of("INFRASTRUCTURE"), finding.evidence().get("physicalImpactSectors"));
        assertEquals("PP 22/2021", finding.evidence().get("regulation"));
        assertScore(70, Level.HIGH, result);
    }

    @Test
    void approvalReferenceAloneIsEnough() {
        Fixtures.Builder agreement = Fixtures.clean().sectors("ENERGY").withoutClause(ClauseKind.ENVIRONMENTAL_PROTECTION);
        agreement.environmentalApprovalRef = "AMDAL-660/2024";
        assertNoFindings(evaluate(agreement));
    }

    @Test
    void clauseWithoutApprovalOnceInForce() {
        DimensionResult active = evaluate(Fixtures.clean().sectors("TRANSPORT"));
        assertRules(active, "ENVIRONMENT.APPROVAL_NOT_RECORDED");
        assertScore(25, Level.MODERATE, active);
        // Before work can start a clause is all that can be asked.
        assertNoFindings(evaluate(Fixtures.clean().sectors("TRANSPORT").state("PLANNED")));
    }

    @Test
    void sectorsWithoutPhysicalImpactAreOutOfScope() {
        assertNoFindings(evaluate(Fixtures.clean().sectors("CULTURE").withoutClause(ClauseKind.ENVIRONMENTAL_PROTECTION)));
    }
}
