package id.jembatan.assessment.scoring.dimensions;

import id.jembatan.assessment.scoring.facts.Outputs;
import static id.jembatan.assessment.scoring.Checks.assertNoFindings;
import static id.jembatan.assessment.scoring.Checks.assertRules;
import static id.jembatan.assessment.scoring.Checks.assertScore;
import static id.jembatan.assessment.scoring.Checks.finding;
import static id.jembatan.assessment.scoring.Fixtures.MODEL;
import static id.jembatan.assessment.scoring.Fixtures.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.jembatan.assessment.scoring.Fixtures;
import id.jembatan.assessment.scoring.facts.ClauseKind;
import id.jembatan.assessment.scoring.facts.CommitmentKind;
import id.jembatan.assessment.scoring.facts.Obligor;
import id.jembatan.assessment.scoring.model.DimensionResult;
import id.jembatan.assessment.scoring.model.Finding;
import id.jembatan.assessment.scoring.model.Level;
import id.jembatan.assessment.scoring.model.ScoringModel;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TechnologyTransferDimensionTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

    private static DimensionResult evaluate(Fixtures.Builder agreement) {
        return TechnologyTransferDimension.evaluate(agreement.build(), MODEL, AS_OF);
    }

    @Test
    void completeAgreementHasNoFinding() {
        // Target 40, 40 trained: ahead of the 40 * 0.2 = 8 expected a fifth into the validity.
        DimensionResult result = evaluate(Fixtures.clean());
        assertNoFindings(result);
        assertEquals(bd("1.0000"), result.metrics().get("trainingProgress"));
    }

    @Test
    void investmentSeekingLetterWithoutTransferIsPassiveRecipient() {
        // Serang LoI: INVESTMENT sector, no clauses. 1 - (1 - 0.6)(1 - 0.2) = 0.68
        DimensionResult result = evaluate(Fixtures.serangHangzhouLoi());
        assertRules(result, "TECHNOLOGY.PASSIVE_RECIPIENT", "TECHNOLOGY.TRAINING_CLAUSE_MISSING");
        assertEquals(List.of("INVESTMENT"),
                finding(result, "TECHNOLOGY.PASSIVE_RECIPIENT").evidence().get("capitalSectors"));
        assertScore(68, Level.HIGH, result);
    }

    @Test
    void foreignEquityMakesAnySectorCapitalBearing() {
        Fixtures.Builder agreement = Fixtures.clean().withoutClause(ClauseKind.TECHNOLOGY_TRANSFER)
                .commitment(Obligor.FOREIGN_PARTY, CommitmentKind.EQUITY, "1000000", "USD", Map.of(), null);
        DimensionResult result = evaluate(agreement);
        assertRules(result, "TECHNOLOGY.PASSIVE_RECIPIENT");
        assertEquals(1L, finding(result, "TECHNOLOGY.PASSIVE_RECIPIENT").evidence().get("capitalCommitments"));
    }

    @Test
    void tourismWithoutClausesIsAMilderGap() {
        // 1 - (1 - 0.15)(1 - 0.2) = 0.32
        Fixtures.Builder agreement = Fixtures.clean().withoutClause(ClauseKind.TECHNOLOGY_TRANSFER)
                .withoutClause(ClauseKind.LOCAL_WORKFORCE_TRAINING);
        DimensionResult result = evaluate(agreement);
        assertRules(result, "TECHNOLOGY.TRANSFER_CLAUSE_MISSING", "TECHNOLOGY.TRAINING_CLAUSE_MISSING");
        assertScore(32, Level.MODERATE, result);
    }

    @Test
    void trainingBehindTarget() {
        // Validity 2024-01-01..2026-01-01 = 731 days; at 2025-01-01, 366 days passed: 0.5007.
        // Expected floor(100 * 0.5007) = 50; 30 trained (20 + 10) is behind.
        Fixtures.Builder agreement = Fixtures.clean();
        agreement.outputs = Outputs.NONE;
        agreement.activity(20, null, null).activity(10, null, null);
        agreement.validUntil = LocalDate.of(2026, 1, 1);
        agreement.trainingTarget = 100;
        DimensionResult result = evaluate(agreement);
        assertEquals(bd("0.3000"), result.metrics().get("trainingProgress"));
        assertEquals(50, result.metrics().get("trainingExpectedByNow"));
        assertRules(result, "TECHNOLOGY.TRAINING_BEHIND_TARGET");
        Finding behind = finding(result, "TECHNOLOGY.TRAINING_BEHIND_TARGET");
        assertEquals(bd("0.5007"), behind.evidence().get("elapsedShare"));
        assertEquals("Training is behind target: 30 people trained of 50 expected by now", behind.title().en());
        assertScore(25, Level.MODERATE, result);

        agreement.activity(20, null, null);
        assertNoFindings(evaluate(agreement));
    }

    @Test
    void v2JudgesTrainingOnlyOnceTheAgreementIsInForce() {
        // The validity named in the draft has begun, but the agreement is still being negotiated: nothing is due yet.
        Fixtures.Builder agreement = Fixtures.clean();
        agreement.outputs = Outputs.NONE;
        agreement.validUntil = LocalDate.of(2026, 1, 1);
        agreement.trainingTarget = 100;
        for (String state : List.of("INITIATED", "LOI_SIGNED", "DPRD_APPROVED", "APPROVED", "SIGNED")) {
            DimensionResult result = TechnologyTransferDimension.evaluate(agreement.state(state).build(),
                    ScoringModel.version2(), AS_OF);
            assertRules(result, "TECHNOLOGY.TRAINING_NOT_DUE");
            assertEquals("Training progress is not judged yet: the agreement is not in force (state " + state
                    + "); 0 people trained of the target 100", finding(result, "TECHNOLOGY.TRAINING_NOT_DUE").title().en());
            assertFalse(result.metrics().containsKey("trainingExpectedByNow"));
            assertScore(0, Level.LOW, result);
        }
        // In force, or ended, it is judged as in version 1.
        for (String state : List.of("ACTIVE", "UNDER_EVALUATION", "EXPIRED", "TERMINATED")) {
            DimensionResult result = TechnologyTransferDimension.evaluate(agreement.state(state).build(),
                    ScoringModel.version2(), AS_OF);
            assertRules(result, "TECHNOLOGY.TRAINING_BEHIND_TARGET");
            assertScore(25, Level.MODERATE, result);
        }
        // Version 1 does not price the rule, so it keeps judging by the dates alone.
        assertRules(evaluate(agreement.state("INITIATED")), "TECHNOLOGY.TRAINING_BEHIND_TARGET");
    }

    @Test
    void targetWithoutValidityIsOnlyReported() {
        Fixtures.Builder agreement = Fixtures.clean();
        agreement.outputs = Outputs.NONE;
        agreement.activity(5, null, null);
        agreement.validFrom = null;
        agreement.trainingTarget = 100;
        DimensionResult result = evaluate(agreement);
        assertNoFindings(result);
        assertEquals(bd("0.0500"), result.metrics().get("trainingProgress"));
    }

    @Test
    void trainingPromisedWithoutTarget() {
        Fixtures.Builder agreement = Fixtures.clean();
        agreement.trainingTarget = null;
        DimensionResult result = evaluate(agreement);
        assertRules(result, "TECHNOLOGY.TRAINING_TARGET_MISSING");
        assertScore(10, Level.LOW, result);
    }
}
