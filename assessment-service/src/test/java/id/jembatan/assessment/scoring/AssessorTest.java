package id.jembatan.assessment.scoring;

import static id.jembatan.assessment.scoring.Fixtures.AS_OF;
import static id.jembatan.assessment.scoring.Fixtures.MODEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jembatan.assessment.scoring.facts.CommitmentKind;
import id.jembatan.assessment.scoring.facts.Obligor;
import id.jembatan.assessment.scoring.facts.PartnerFacts;
import id.jembatan.assessment.scoring.facts.PortfolioFacts;
import id.jembatan.assessment.scoring.model.AssessmentResult;
import id.jembatan.assessment.scoring.model.Dimension;
import id.jembatan.assessment.scoring.model.DimensionResult;
import id.jembatan.assessment.scoring.model.Finding;
import id.jembatan.assessment.scoring.model.Level;
import id.jembatan.assessment.scoring.model.Recommendation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssessorTest {

    private static int score(AssessmentResult result, Dimension dimension) {
        return result.dimensions().stream().filter(d -> d.dimension() == dimension).findFirst().orElseThrow().score();
    }

    @Test
    void serangHangzhouLetterOfIntent() {
        AssessmentResult result = Assessor.assess(Fixtures.serangHangzhouLoi().build(), PortfolioFacts.empty(),
                MODEL, AS_OF);
        assertEquals(1, result.modelVersion());
        assertEquals(List.of(Dimension.values()), result.dimensions().stream().map(DimensionResult::dimension).toList());
        assertEquals(66, score(result, Dimension.TRANSPARENCY));
        assertEquals(70, score(result, Dimension.COST_BENEFIT));
        assertEquals(30, score(result, Dimension.FISCAL_EXPOSURE));
        assertEquals(37, score(result, Dimension.PARTNER_CONCENTRATION));
        assertEquals(68, score(result, Dimension.TECHNOLOGY_TRANSFER));
        assertEquals(68, score(result, Dimension.DIGITAL_SOVEREIGNTY));
        assertEquals(0, score(result, Dimension.ENVIRONMENTAL_SOCIAL));
        assertEquals(0, score(result, Dimension.POLICY_ALIGNMENT));
        // (15*66 + 15*70 + 20*30 + 10*37 + 10*68 + 10*68 + 10*0 + 10*0) / 100 = 4370 / 100 = 43.7 -> 44
        assertEquals(44, result.overallRisk());
        assertEquals(Level.MODERATE, result.overallLevel());
        assertEquals(0, result.benefitScore());
        assertEquals(List.of(
                "COST_BENEFIT.NO_ANALYSIS",
                "DIGITAL.DATA_CLAUSE_MISSING",
                "TECHNOLOGY.PASSIVE_RECIPIENT",
                "TRANSPARENCY.CBA_MISSING",
                "CONCENTRATION.DOMINANT_PARTNER",
                "FISCAL.REVENUE_MISSING",
                "TRANSPARENCY.ENVIRONMENTAL_CLAUSE_NOT_FILLED",
                "TRANSPARENCY.FISCAL_CLAUSE_NOT_FILLED",
                "DIGITAL.FOREIGN_TECHNOLOGY_PARTNER",
                "TECHNOLOGY.TRAINING_CLAUSE_MISSING",
                "CONCENTRATION.TARGETS_ABSENT"), result.recommendations().stream().map(Recommendation::rule).toList());
        assertEquals(List.of(70, 60, 60, 40, 30, 30, 25, 25, 20, 20, 10),
                result.recommendations().stream().map(Recommendation::weight).toList());
    }

    @Test
    void completeAgreementInADiversifiedPortfolioIsLowRisk() {
        AssessmentResult result = Assessor.assess(Fixtures.clean().build(), Fixtures.diversifiedPortfolio(), MODEL,
                AS_OF);
        result.dimensions().forEach(d -> assertTrue(d.findings().isEmpty(), d.dimension() + ": " + d.findings()));
        assertEquals(0, result.overallRisk());
        assertEquals(Level.LOW, result.overallLevel());
        assertEquals(List.of(), result.recommendations());
        assertEquals(72, result.benefitScore());
    }

    @Test
    void aCriticalDimensionLiftsTheOverallLevelToHigh() {
        Fixtures.Builder agreement = Fixtures.clean();
        agreement.partner = new PartnerFacts("XX", "Testland", false, Set.of());
        AssessmentResult result = Assessor.assess(agreement.build(), Fixtures.diversifiedPortfolio(), MODEL, AS_OF);
        // Only policy alignment scores: 10 * 100 / 100 = 10, LOW by the cut-offs, but it is CRITICAL.
        assertEquals(10, result.overallRisk());
        assertEquals(Level.HIGH, result.overallLevel());
    }

    @Test
    void overallLevelRule() {
        DimensionResult critical = new DimensionResult(Dimension.POLICY_ALIGNMENT, 80, Level.CRITICAL, List.of(),
                List.of(), Map.of());
        DimensionResult low = new DimensionResult(Dimension.TRANSPARENCY, 0, Level.LOW, List.of(), List.of(), Map.of());
        assertEquals(Level.HIGH, Assessor.overallLevel(8, List.of(critical, low), MODEL));
        assertEquals(Level.CRITICAL, Assessor.overallLevel(80, List.of(critical, low), MODEL));
        assertEquals(Level.LOW, Assessor.overallLevel(8, List.of(low), MODEL));
        // (10 * 80 + 15 * 0) / 25 = 32
        assertEquals(32, Assessor.overallRisk(List.of(critical, low), MODEL));
    }

    @Test
    void deterministic() {
        Fixtures.Builder first = Fixtures.serangHangzhouLoi();
        first.sectors = new LinkedHashSet<>(List.of("E_COMMERCE", "ARTIFICIAL_INTELLIGENCE", "INVESTMENT"));
        Fixtures.Builder second = Fixtures.serangHangzhouLoi();
        second.sectors = new HashSet<>(Arrays.asList("INVESTMENT", "ARTIFICIAL_INTELLIGENCE", "E_COMMERCE"));
        PortfolioFacts portfolio = Fixtures.diversifiedPortfolio();
        AssessmentResult once = Assessor.assess(first.build(), portfolio, MODEL, AS_OF);
        assertEquals(once, Assessor.assess(first.build(), portfolio, MODEL, AS_OF));
        assertEquals(once, Assessor.assess(second.build(), portfolio, MODEL, AS_OF));
        assertEquals(once.toString(), Assessor.assess(second.build(), portfolio, MODEL, AS_OF).toString());
    }

    @Test
    void evidenceAndMetricsHoldOnlyPlainValues() {
        Fixtures.Builder agreement = Fixtures.serangHangzhouLoi()
                .commitment(Obligor.INDONESIAN_PARTY, CommitmentKind.LOAN, "1000000", "USD", Map.of(), null);
        agreement.costBenefit = Fixtures.standardCba(null);
        AssessmentResult result = Assessor.assess(agreement.build(), Fixtures.diversifiedPortfolio(), MODEL, AS_OF);
        for (DimensionResult dimension : result.dimensions()) {
            dimension.metrics().forEach((key, value) -> assertPlain(dimension.dimension() + " metric " + key, value));
            for (Finding finding : dimension.findings()) {
                finding.evidence().forEach((key, value) -> assertPlain(finding.rule() + " " + key, value));
            }
        }
    }

    private static void assertPlain(String where, Object value) {
        boolean plain = value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof BigDecimal || value instanceof Boolean
                || value instanceof List<?> list && list.stream().allMatch(String.class::isInstance);
        assertTrue(plain, where + " is " + value.getClass());
    }
}
