package id.jembatan.assessment.scoring.model;

import static id.jembatan.assessment.scoring.Fixtures.MODEL;
import static id.jembatan.assessment.scoring.Fixtures.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScoringModelTest {

    @Test
    void theDefaultVersionPricesExactlyTheKnownRules() {
        Set<String> ids = Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.toSet());
        assertEquals(ids, ScoringModel.version2().rulePoints().keySet());
        assertEquals(Rule.values().length, ids.size(), "rule ids must be unique");
    }

    @Test
    void version1IsKeptAsPublished() {
        // It prices every rule but the four version 2 added, which it never fires.
        Set<String> ids = Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.toCollection(java.util.HashSet::new));
        ids.removeAll(Set.of("FISCAL.NOT_ASSESSABLE", "CONCENTRATION.AGREEMENT_DIVERSIFIES", "POLICY.UNEQUAL_ADMINISTRATIVE_LEVEL",
                "TECHNOLOGY.TRAINING_NOT_DUE"));
        assertFalse(MODEL.prices(Rule.POLICY_UNEQUAL_ADMINISTRATIVE_LEVEL));
        assertFalse(MODEL.prices(Rule.TECHNOLOGY_TRAINING_NOT_DUE));
        assertEquals(ids, MODEL.rulePoints().keySet());
        assertFalse(MODEL.fiscal().revenueNeededOnlyWithObligations());
        assertFalse(MODEL.concentration().smallPortfolioCoversDominance());
        assertFalse(MODEL.concentration().judgeAgreementEffect());
    }

    @Test
    void version2ChangesTheJudgementsNotTheNumbers() {
        ScoringModel v2 = ScoringModel.version2();
        assertEquals(2, v2.version());
        assertTrue(v2.fiscal().revenueNeededOnlyWithObligations());
        assertTrue(v2.concentration().smallPortfolioCoversDominance());
        assertTrue(v2.concentration().judgeAgreementEffect());
        assertEquals(0, v2.points(Rule.FISCAL_NOT_ASSESSABLE));
        assertEquals(0, v2.points(Rule.CONCENTRATION_AGREEMENT_DIVERSIFIES));
        assertEquals(0, v2.points(Rule.POLICY_UNEQUAL_ADMINISTRATIVE_LEVEL));
        assertEquals(0, v2.points(Rule.TECHNOLOGY_TRAINING_NOT_DUE));
        MODEL.rulePoints().forEach((rule, points) -> assertEquals(points, v2.rulePoints().get(rule), rule));
        assertEquals(MODEL.weights(), v2.weights());
        assertEquals(MODEL.costBenefit(), v2.costBenefit());
        assertEquals(MODEL.exchangeRatesToIdr(), v2.exchangeRatesToIdr());
    }

    @Test
    void aStoredModelWithoutTheNewJudgementsReadsAsVersion1Made() {
        // A model stored before version 2 has no such fields: they read as null, which means false.
        FiscalParameters fiscal = new FiscalParameters(bd("0.01"), bd("0.05"), bd("0.10"), bd("0.75"), bd("2.5"), null);
        ConcentrationParameters concentration = new ConcentrationParameters(1500, 2500, bd("0.5"), java.util.List.of(),
                null, null);
        assertEquals(MODEL.fiscal(), fiscal);
        assertFalse(concentration.judgeAgreementEffect());
        assertFalse(concentration.smallPortfolioCoversDominance());
    }

    @Test
    void ruleIdsNameTheirDimension() {
        Map<Dimension, String> prefixes = Map.of(Dimension.TRANSPARENCY, "TRANSPARENCY.",
                Dimension.COST_BENEFIT, "COST_BENEFIT.", Dimension.FISCAL_EXPOSURE, "FISCAL.",
                Dimension.PARTNER_CONCENTRATION, "CONCENTRATION.", Dimension.TECHNOLOGY_TRANSFER, "TECHNOLOGY.",
                Dimension.DIGITAL_SOVEREIGNTY, "DIGITAL.", Dimension.ENVIRONMENTAL_SOCIAL, "ENVIRONMENT.",
                Dimension.POLICY_ALIGNMENT, "POLICY.");
        for (Rule rule : Rule.values()) {
            assertTrue(rule.id().startsWith(prefixes.get(rule.dimension())), rule.id());
            assertTrue(rule.recommendation() != null || ScoringModel.version2().points(rule) == 0,
                    rule.id() + " raises risk, so it must say what to do");
        }
    }

    @Test
    void version1Weights() {
        assertEquals(100, MODEL.weights().values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(20, MODEL.weights().get(Dimension.FISCAL_EXPOSURE));
    }

    @Test
    void levelCutOffs() {
        LevelCutoffs cutoffs = MODEL.levelCutoffs();
        assertEquals(Level.LOW, cutoffs.levelOf(0));
        assertEquals(Level.LOW, cutoffs.levelOf(24));
        assertEquals(Level.MODERATE, cutoffs.levelOf(25));
        assertEquals(Level.MODERATE, cutoffs.levelOf(49));
        assertEquals(Level.HIGH, cutoffs.levelOf(50));
        assertEquals(Level.HIGH, cutoffs.levelOf(74));
        assertEquals(Level.CRITICAL, cutoffs.levelOf(75));
        assertEquals(Level.CRITICAL, cutoffs.levelOf(100));
        assertEquals(49, cutoffs.highestScoreOf(Level.MODERATE));
        assertThrows(IllegalArgumentException.class, () -> new LevelCutoffs(50, 25, 75));
    }

    @Test
    void severityFollowsPoints() {
        assertEquals(Severity.INFO, Severity.of(0, MODEL.levelCutoffs()));
        assertEquals(Severity.WARNING, Severity.of(49, MODEL.levelCutoffs()));
        assertEquals(Severity.CRITICAL, Severity.of(50, MODEL.levelCutoffs()));
    }

    @Test
    void exchangeRates() {
        // USD 2.5 * 16,000 = 40,000; KRW 1,000 * 11.5 = 11,500
        assertEquals(Optional.of(bd("40000.0")), MODEL.toIdr(bd("2.5"), "USD"));
        assertEquals(Optional.of(bd("11500.0")), MODEL.toIdr(bd("1000"), "KRW"));
        assertEquals(Optional.empty(), MODEL.toIdr(BigDecimal.ONE, "XAU"));
    }

    @Test
    void everyDimensionNeedsAWeight() {
        Map<Dimension, Integer> weights = new EnumMap<>(MODEL.weights());
        weights.remove(Dimension.POLICY_ALIGNMENT);
        assertThrows(IllegalArgumentException.class, () -> withWeights(weights));
    }

    @Test
    void unpricedRuleCannotBeScored() {
        Map<String, Integer> points = new HashMap<>(MODEL.rulePoints());
        points.remove(Rule.POLICY_FORM_MISMATCH.id());
        ScoringModel model = new ScoringModel(2, MODEL.weights(), MODEL.levelCutoffs(), points, MODEL.costBenefit(),
                MODEL.fiscal(), MODEL.concentration(), MODEL.benefit(), MODEL.exchangeRatesToIdr(),
                MODEL.nationalPrioritySectors(), MODEL.digitalSectors(), MODEL.physicalImpactSectors(),
                MODEL.capitalSectors(), MODEL.centralAffairSectors(), MODEL.provincialCompetenceSectors());
        assertThrows(IllegalStateException.class, () -> model.points(Rule.POLICY_FORM_MISMATCH));
    }

    @Test
    void equalModelsAreEqual() {
        assertEquals(ScoringModel.version1(), ScoringModel.version1());
        assertEquals(ScoringModel.version1().toString(), ScoringModel.version1().toString());
        assertEquals(ScoringModel.version2(), ScoringModel.version2());
        assertEquals(ScoringModel.version2(), ScoringModel.version2().numbered(7).numbered(2));
    }

    private static ScoringModel withWeights(Map<Dimension, Integer> weights) {
        return new ScoringModel(2, weights, MODEL.levelCutoffs(), MODEL.rulePoints(), MODEL.costBenefit(),
                MODEL.fiscal(), MODEL.concentration(), MODEL.benefit(), MODEL.exchangeRatesToIdr(),
                MODEL.nationalPrioritySectors(), MODEL.digitalSectors(), MODEL.physicalImpactSectors(),
                MODEL.capitalSectors(), MODEL.centralAffairSectors(), MODEL.provincialCompetenceSectors());
    }
}
