package id.jembatan.assessment.scoring.dimensions;

import static id.jembatan.assessment.scoring.Checks.assertNoFindings;
import static id.jembatan.assessment.scoring.Checks.assertRules;
import static id.jembatan.assessment.scoring.Checks.assertScore;
import static id.jembatan.assessment.scoring.Checks.finding;
import static id.jembatan.assessment.scoring.Fixtures.MODEL;
import static id.jembatan.assessment.scoring.Fixtures.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.jembatan.assessment.scoring.Fixtures;
import id.jembatan.assessment.scoring.facts.CostBenefit;
import id.jembatan.assessment.scoring.facts.Flow;
import id.jembatan.assessment.scoring.model.DimensionResult;
import id.jembatan.assessment.scoring.model.Level;
import id.jembatan.assessment.scoring.model.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CostBenefitDimensionTest {

    private static DimensionResult evaluate(CostBenefit cba) {
        Fixtures.Builder agreement = Fixtures.clean();
        agreement.costBenefit = cba;
        return CostBenefitDimension.evaluate(agreement.build(), MODEL);
    }

    @Test
    void standardFlowMetricsAndStress() {
        DimensionResult result = evaluate(Fixtures.standardCba(bd("0.08")));
        Map<String, Object> m = result.metrics();
        // NPV 119.7813 - 100 = 19.78; BCR 1.1978; IRR 15.24%; payback in year 5 (see FinanceTest)
        assertEquals(bd("19.78"), m.get("npv"));
        assertEquals(bd("1.1978"), m.get("bcr"));
        assertEquals(bd("0.1524"), m.get("irr"));
        assertEquals(5, m.get("discountedPaybackYear"));
        assertEquals("AGREEMENT", m.get("discountRateSource"));
        // Cost overrun +20%: 119.7813 - 120 = -0.22, BCR 119.7813 / 120 = 0.9982
        assertEquals(bd("-0.22"), m.get("costOverrun.npv"));
        assertEquals(bd("0.9982"), m.get("costOverrun.bcr"));
        assertEquals("NOT_WITHIN_HORIZON", m.get("costOverrun.discountedPaybackStatus"));
        // Benefit shortfall -20%: 0.8 * 119.7813 = 95.8250; NPV -4.17, BCR 0.9583
        assertEquals(bd("-4.17"), m.get("benefitShortfall.npv"));
        assertEquals(bd("0.9583"), m.get("benefitShortfall.bcr"));
        // Both: 95.8250 - 120 = -24.17, BCR 95.8250 / 120 = 0.7985
        assertEquals(bd("-24.17"), m.get("combinedStress.npv"));
        assertEquals(bd("0.7985"), m.get("combinedStress.bcr"));

        // Viable at the stated rate, but a 20% overrun alone wipes out the margin.
        assertRules(result, "COST_BENEFIT.NEGATIVE_NPV_UNDER_STRESS");
        assertEquals(List.of("costOverrun", "benefitShortfall", "combinedStress"),
                finding(result, "COST_BENEFIT.NEGATIVE_NPV_UNDER_STRESS").evidence().get("scenarios"));
        assertScore(35, Level.MODERATE, result);
    }

    @Test
    void robustFlowHasNoFinding() {
        // Benefits 40 a year: 40 * 3.992710 = 159.7084; combined stress 0.8 * 159.7084 - 120 = 7.77 >= 0
        List<Flow> benefits = new ArrayList<>();
        for (int year = 1; year <= 5; year++) {
            benefits.add(new Flow(year, "EXPORTS", bd("40")));
        }
        DimensionResult result = evaluate(new CostBenefit(bd("0.08"), 6, "IDR",
                List.of(new Flow(0, "REGION", bd("100"))), benefits));
        assertEquals(bd("59.71"), result.metrics().get("npv"));
        assertEquals(bd("7.77"), result.metrics().get("combinedStress.npv"));
        assertNoFindings(result);
    }

    @Test
    void missingAnalysisIsHighRisk() {
        DimensionResult result = evaluate(null);
        assertRules(result, "COST_BENEFIT.NO_ANALYSIS");
        assertScore(70, Level.HIGH, result);
        assertEquals(Severity.CRITICAL, result.findings().get(0).severity());
    }

    @Test
    void modelDefaultRateWhenNoneStated() {
        DimensionResult result = evaluate(Fixtures.standardCba(null));
        assertEquals("MODEL_DEFAULT", result.metrics().get("discountRateSource"));
        assertEquals(bd("0.0800"), result.metrics().get("discountRate"));
        assertEquals(bd("19.78"), result.metrics().get("npv"));
    }

    @Test
    void countsAreReportedButNotDiscountedAsMoney() {
        CostBenefit standard = Fixtures.standardCba(bd("0.08"));
        List<Flow> benefits = new ArrayList<>(standard.benefits());
        benefits.add(new Flow(1, "PEOPLE_TRAINED", bd("50")));
        benefits.add(new Flow(2, "JOBS", bd("10")));
        DimensionResult result = evaluate(new CostBenefit(bd("0.08"), 6, "IDR", standard.costs(), benefits));
        assertEquals(bd("19.78"), result.metrics().get("npv"));
        assertEquals(bd("50"), result.metrics().get("peopleTrained"));
        assertEquals(bd("10"), result.metrics().get("jobs"));
    }

    @Test
    void allZeroFlowsAreNoAnalysisInSubstance() {
        DimensionResult result = evaluate(new CostBenefit(bd("0.08"), 3, "IDR",
                List.of(new Flow(0, "REGION", BigDecimal.ZERO)), List.of(new Flow(1, "PEOPLE_TRAINED", bd("20")))));
        assertRules(result, "COST_BENEFIT.NO_MONETARY_FLOWS");
        assertScore(50, Level.HIGH, result);
        assertFalse(result.metrics().containsKey("npv"));
    }

    @Test
    void costsOnly() {
        // NPV = -100 - 20 / 1.08 = -118.52; BCR 0 / 118.52 = 0; no sign change, so no IRR
        DimensionResult result = evaluate(new CostBenefit(bd("0.08"), 2, "IDR",
                List.of(new Flow(0, "REGION", bd("100")), new Flow(1, "PARTNER", bd("20"))), List.of()));
        assertEquals(bd("-118.52"), result.metrics().get("npv"));
        assertEquals(bd("0.0000"), result.metrics().get("bcr"));
        assertEquals("NO_SIGN_CHANGE", result.metrics().get("irrStatus"));
        assertEquals("NOT_WITHIN_HORIZON", result.metrics().get("discountedPaybackStatus"));
        assertRules(result, "COST_BENEFIT.NEGATIVE_NPV", "COST_BENEFIT.IRR_UNDEFINED");
        assertEquals("NO_SIGN_CHANGE", finding(result, "COST_BENEFIT.IRR_UNDEFINED").evidence().get("reason"));
        assertEquals(bd("0.0000"), finding(result, "COST_BENEFIT.NEGATIVE_NPV").evidence().get("bcr"));
        // 60 + 0 points
        assertScore(60, Level.HIGH, result);
    }

    @Test
    void benefitsWithoutCosts() {
        DimensionResult result = evaluate(new CostBenefit(bd("0.08"), 2, "IDR", List.of(),
                List.of(new Flow(1, "EXPORTS", bd("54")))));
        // PV 54 / 1.08 = 50.00
        assertEquals(bd("50.00"), result.metrics().get("npv"));
        assertEquals("NO_COSTS", result.metrics().get("bcrStatus"));
        assertEquals(0, result.metrics().get("discountedPaybackYear"));
        assertRules(result, "COST_BENEFIT.NO_COSTS_STATED", "COST_BENEFIT.IRR_UNDEFINED");
        assertScore(30, Level.MODERATE, result);
    }

    @Test
    void flowsRunFromYearZeroToTheYearBeforeTheHorizon() {
        // horizonYears 1 is year 0 alone, as registration accepts it: 30 - 100 = -70; the year-1 benefit is
        // outside and reported
        DimensionResult result = evaluate(new CostBenefit(bd("0.08"), 1, "IDR",
                List.of(new Flow(0, "REGION", bd("100"))),
                List.of(new Flow(0, "TOURISM", bd("30")), new Flow(1, "TOURISM", bd("30")))));
        assertEquals(bd("-70.00"), result.metrics().get("npv"));
        assertEquals(1, result.metrics().get("horizonYears"));
        assertEquals(1, finding(result, "COST_BENEFIT.FLOWS_OUTSIDE_HORIZON").evidence().get("flowsIgnored"));
        assertRules(result, "COST_BENEFIT.FLOWS_OUTSIDE_HORIZON", "COST_BENEFIT.NEGATIVE_NPV",
                "COST_BENEFIT.IRR_UNDEFINED");
        // 1 - (1 - 0.10)(1 - 0.60) = 0.64
        assertScore(64, Level.HIGH, result);
    }

    @Test
    void aFlowInTheHorizonYearItselfIsOutside() {
        // Five years are years 0-4; the benefit of year 5 is the sixth year and is ignored
        DimensionResult result = evaluate(new CostBenefit(bd("0.08"), 5, "IDR",
                List.of(new Flow(0, "REGION", bd("100"))),
                List.of(new Flow(4, "TOURISM", bd("200")), new Flow(5, "TOURISM", bd("1000")))));
        assertEquals(5, result.metrics().get("horizonYears"));
        assertEquals(1, finding(result, "COST_BENEFIT.FLOWS_OUTSIDE_HORIZON").evidence().get("flowsIgnored"));
        // 200 / 1.08^4 - 100 = 147.01 - 100 = 47.01
        assertEquals(bd("47.01"), result.metrics().get("npv"));
    }
}
