package id.jembatan.assessment.scoring.dimensions;

import static id.jembatan.assessment.scoring.Checks.assertNoFindings;
import static id.jembatan.assessment.scoring.Checks.assertRules;
import static id.jembatan.assessment.scoring.Checks.assertScore;
import static id.jembatan.assessment.scoring.Checks.finding;
import static id.jembatan.assessment.scoring.Fixtures.MODEL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.jembatan.assessment.scoring.Fixtures;
import id.jembatan.assessment.scoring.facts.Approvals;
import id.jembatan.assessment.scoring.facts.ClauseKind;
import id.jembatan.assessment.scoring.facts.Instrument;
import id.jembatan.assessment.scoring.model.DimensionResult;
import id.jembatan.assessment.scoring.model.Finding;
import id.jembatan.assessment.scoring.model.Level;
import id.jembatan.assessment.scoring.model.Severity;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransparencyDimensionTest {

    private static DimensionResult evaluate(Fixtures.Builder agreement) {
        return TransparencyDimension.evaluate(agreement.build(), MODEL);
    }

    @Test
    void completeAgreementHasNoFinding() {
        assertNoFindings(evaluate(Fixtures.clean()));
    }

    @Test
    void letterOfIntentWithoutCostBenefitAnalysis() {
        // The article's first recommendation: no CBA, no environmental and no fiscal clause on the Serang LoI.
        DimensionResult result = evaluate(Fixtures.serangHangzhouLoi());
        assertRules(result, "TRANSPARENCY.CBA_MISSING", "TRANSPARENCY.ENVIRONMENTAL_CLAUSE_NOT_FILLED",
                "TRANSPARENCY.FISCAL_CLAUSE_NOT_FILLED");
        Finding cba = finding(result, "TRANSPARENCY.CBA_MISSING");
        assertEquals("NOT_FILLED", cba.evidence().get("clause"));
        assertEquals(false, cba.evidence().get("analysisProvided"));
        assertEquals("LOI_SIGNED", cba.evidence().get("state"));
        assertEquals(Severity.WARNING, cba.severity());
        // 1 - (1 - 0.40)(1 - 0.25)(1 - 0.25) = 1 - 0.3375 = 0.6625
        assertScore(66, Level.HIGH, result);
        assertEquals("TRANSPARENCY.CBA_MISSING", result.recommendations().get(0).rule());
    }

    @Test
    void clauseWithoutFiguresIsStillMissingCostBenefitAnalysis() {
        Fixtures.Builder agreement = Fixtures.clean();
        agreement.costBenefit = null;
        DimensionResult result = evaluate(agreement);
        assertRules(result, "TRANSPARENCY.CBA_MISSING");
        assertEquals("PRESENT", finding(result, "TRANSPARENCY.CBA_MISSING").evidence().get("clause"));
        assertScore(40, Level.MODERATE, result);
    }

    @Test
    void explainedAbsenceCountsAsFilledInButUnexplainedDoesNot() {
        Fixtures.Builder agreement = Fixtures.clean()
                .clauseAbsent(ClauseKind.ENVIRONMENTAL_PROTECTION, "Cultural exchange only, no physical works")
                .clauseAbsent(ClauseKind.FISCAL_PROVISIONS, "  ");
        DimensionResult result = evaluate(agreement);
        assertRules(result, "TRANSPARENCY.FISCAL_CLAUSE_NOT_FILLED");
        assertEquals("ABSENT_EXPLAINED", result.metrics().get("environmentalClause"));
        assertScore(25, Level.MODERATE, result);
    }

    @Test
    void confidentialDocuments() {
        Fixtures.Builder agreement = Fixtures.clean();
        agreement.instruments.add(new Instrument("PKS", LocalDate.of(2024, 6, 1), false));
        DimensionResult result = evaluate(agreement);
        assertRules(result, "TRANSPARENCY.DOCUMENTS_NOT_PUBLIC");
        assertEquals(List.of("PKS"), finding(result, "TRANSPARENCY.DOCUMENTS_NOT_PUBLIC").evidence()
                .get("confidentialInstruments"));
        assertEquals(1, result.metrics().get("publicDocuments"));
        assertScore(20, Level.LOW, result);
    }

    @Test
    void signedStateWithoutInstrument() {
        Fixtures.Builder agreement = Fixtures.clean().state("PLANNED");
        agreement.instruments.clear();
        assertRules(evaluate(agreement), "TRANSPARENCY.NO_INSTRUMENT_RECORDED");
        assertNoFindings(evaluate(Fixtures.clean().state("EXPLORATION")));
    }

    @Test
    void approvalsRequiredByState() {
        Fixtures.Builder active = Fixtures.clean();
        active.approvals = null;
        // 1 - (1 - 0.5)(1 - 0.5) = 0.75
        DimensionResult result = evaluate(active);
        assertRules(result, "TRANSPARENCY.CENTRAL_APPROVAL_NOT_RECORDED", "TRANSPARENCY.DPRD_APPROVAL_NOT_RECORDED");
        assertScore(75, Level.CRITICAL, result);

        Fixtures.Builder centralReview = Fixtures.clean().state("CENTRAL_REVIEW");
        centralReview.approvals = new Approvals(null, null);
        assertRules(evaluate(centralReview), "TRANSPARENCY.DPRD_APPROVAL_NOT_RECORDED");

        // before the Minister's approval (stages 6 to 9) only the DPRD's is due; from signing on, both are
        for (String beforeApproval : List.of("DRAFTING", "NEGOTIATION", "MINISTER_REVIEW")) {
            Fixtures.Builder pending = Fixtures.clean().state(beforeApproval);
            pending.approvals = new Approvals(null, null);
            assertRules(evaluate(pending), "TRANSPARENCY.DPRD_APPROVAL_NOT_RECORDED");
        }
        Fixtures.Builder signed = Fixtures.clean().state("SIGNED");
        signed.approvals = new Approvals(null, null);
        assertRules(evaluate(signed), "TRANSPARENCY.CENTRAL_APPROVAL_NOT_RECORDED", "TRANSPARENCY.DPRD_APPROVAL_NOT_RECORDED");

        Fixtures.Builder dprdReview = Fixtures.clean().state("DPRD_REVIEW");
        dprdReview.approvals = null;
        assertNoFindings(evaluate(dprdReview));

        Fixtures.Builder rejected = Fixtures.clean().state("REJECTED");
        rejected.approvals = null;
        assertNoFindings(evaluate(rejected));
    }
}
