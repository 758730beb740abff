package id.jembatan.assessment.scoring.dimensions;

import static id.jembatan.assessment.scoring.Checks.assertNoFindings;
import static id.jembatan.assessment.scoring.Checks.assertRules;
import static id.jembatan.assessment.scoring.Checks.assertScore;
import static id.jembatan.assessment.scoring.Checks.finding;
import static id.jembatan.assessment.scoring.Fixtures.AS_OF;
import static id.jembatan.assessment.scoring.Fixtures.MODEL;
import static id.jembatan.assessment.scoring.Fixtures.TRILLION;
import static id.jembatan.assessment.scoring.Fixtures.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.jembatan.assessment.scoring.Fixtures;
import id.jembatan.assessment.scoring.facts.CommitmentKind;
import id.jembatan.assessment.scoring.facts.LoanTerms;
import id.jembatan.assessment.scoring.facts.Obligor;
import id.jembatan.assessment.scoring.facts.RegionFacts;
import id.jembatan.assessment.scoring.model.DimensionResult;
import id.jembatan.assessment.scoring.model.Finding;
import id.jembatan.assessment.scoring.model.Level;
import id.jembatan.assessment.scoring.model.ScoringModel;
import id.jembatan.assessment.scoring.model.Severity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Revenue in the fixtures: Rp1 trillion in 2024 unless stated otherwise. */
class FiscalExposureDimensionTest {

    private static DimensionResult evaluate(Fixtures.Builder agreement) {
        return FiscalExposureDimension.evaluate(agreement.build(), MODEL, AS_OF);
    }

    private static Fixtures.Builder allocating(String amountIdr) {
        return Fixtures.clean().commitment(Obligor.INDONESIAN_PARTY, CommitmentKind.BUDGET_ALLOCATION, amountIdr,
                "IDR", Map.of(2025, bd(amountIdr)), null);
    }

    @Test
    void noObligationsNoFinding() {
        DimensionResult result = evaluate(Fixtures.clean());
        assertNoFindings(result);
        assertEquals(bd("0.0000"), result.metrics().get("exposureRatio"));
        assertEquals(2024, result.metrics().get("revenueYear"));
    }

    @Test
    void exposureBands() {
        // 10bn / 1,000bn = 1.00%: not above 1%
        assertNoFindings(evaluate(allocating("10000000000")));
        // 20bn / 1,000bn = 2.00% > 1%
        DimensionResult moderate = evaluate(allocating("20000000000"));
        assertRules(moderate, "FISCAL.EXPOSURE_MODERATE");
        assertEquals(bd("0.0200"), moderate.metrics().get("exposureRatio"));
        assertEquals("The region's own obligations reach 2.00% of its annual revenue",
                finding(moderate, "FISCAL.EXPOSURE_MODERATE").title().en());
        assertScore(20, Level.LOW, moderate);
        // 60bn = 6.00% > 5%
        assertRules(evaluate(allocating("60000000000")), "FISCAL.EXPOSURE_HIGH");
        assertScore(50, Level.HIGH, evaluate(allocating("60000000000")));
        // 120bn = 12.00% > 10%
        assertRules(evaluate(allocating("120000000000")), "FISCAL.EXPOSURE_CRITICAL");
        assertScore(80, Level.CRITICAL, evaluate(allocating("120000000000")));
    }

    @Test
    void peakYearAndLatestRevenue() {
        // 2025: 10bn + 15bn = 25bn, 2026: 5bn; latest revenue 2025: Rp1.25tn; 25 / 1,250 = 2.00%
        Fixtures.Builder agreement = Fixtures.clean().revenue(2025, bd("1250000000000"))
                .commitment(Obligor.INDONESIAN_PARTY, CommitmentKind.GRANT, "15000000000", "IDR",
                        Map.of(2025, bd("10000000000"), 2026, bd("5000000000")), null)
                .commitment(Obligor.INDONESIAN_PARTY, CommitmentKind.IN_KIND, "15000000000", "IDR",
                        Map.of(2025, bd("15000000000")), null)
                .commitment(Obligor.FOREIGN_PARTY, CommitmentKind.GRANT, "900000000000", "IDR", Map.of(), null);
        DimensionResult result = evaluate(agreement);
        assertEquals(2025, result.metrics().get("peakOutlayYear"));
        assertEquals(bd("25000000000.00"), result.metrics().get("peakAnnualObligationIdr"));
        assertEquals(2025, result.metrics().get("revenueYear"));
        assertEquals(bd("0.0200"), result.metrics().get("exposureRatio"));
        assertRules(result, "FISCAL.EXPOSURE_MODERATE");
    }

    @Test
    void unscheduledObligationsFallInTheHeaviestYear() {
        // Peak 10bn scheduled + 30bn unscheduled = 40bn = 4.00%: moderate; 1 - (1 - 0.2)(1 - 0.1) = 0.28
        Fixtures.Builder agreement = allocating("10000000000")
                .commitment(Obligor.INDONESIAN_PARTY, CommitmentKind.EQUITY, "30000000000", "IDR", Map.of(), null);
        DimensionResult result = evaluate(agreement);
        assertRules(result, "FISCAL.EXPOSURE_MODERATE", "FISCAL.UNSCHEDULED_OBLIGATIONS");
        assertEquals(bd("0.0400"), result.metrics().get("exposureRatio"));
        assertScore(28, Level.MODERATE, result);
    }

    @Test
    void missingRevenueIsItselfAFinding() {
        Fixtures.Builder agreement = allocating("20000000000");
        agreement.region = new RegionFacts("36.73", "Kota Serang", 2, "36", Map.of(), false);
        DimensionResult result = evaluate(agreement);
        assertRules(result, "FISCAL.REVENUE_MISSING");
        assertEquals(bd("20000000000.00"),
                finding(result, "FISCAL.REVENUE_MISSING").evidence().get("peakAnnualObligationIdr"));
        assertScore(30, Level.MODERATE, result);
    }

    @Test
    void zeroRevenueCountsAsMissing() {
        Fixtures.Builder agreement = Fixtures.clean();
        agreement.region = new RegionFacts("36.73", "Kota Serang", 2, "36", Map.of(2024, BigDecimal.ZERO), false);
        assertRules(evaluate(agreement), "FISCAL.REVENUE_MISSING");
    }

    @Test
    void illustrativeRevenueIsReportedWithoutPoints() {
        Fixtures.Builder agreement = Fixtures.clean();
        agreement.region = new RegionFacts("36.73", "Kota Serang", 2, "36", Map.of(2024, TRILLION), true);
        DimensionResult result = evaluate(agreement);
        assertRules(result, "FISCAL.REVENUE_ILLUSTRATIVE");
        assertEquals(Severity.INFO, result.findings().get(0).severity());
        assertScore(0, Level.LOW, result);
    }

    @Test
    void foreignCurrencyObligation() {
        // USD 1,000,000 * 16,000 = Rp16bn = 1.60%: moderate, plus exchange-rate risk: 1 - 0.8 * 0.7 = 0.44
        Fixtures.Builder agreement = Fixtures.clean().commitment(Obligor.INDONESIAN_PARTY,
                CommitmentKind.BUDGET_ALLOCATION, "1000000", "USD", Map.of(2025, bd("1000000")), null);
        DimensionResult result = evaluate(agreement);
        assertRules(result, "FISCAL.EXPOSURE_MODERATE", "FISCAL.FOREIGN_CURRENCY");
        Finding fx = finding(result, "FISCAL.FOREIGN_CURRENCY");
        assertEquals(List.of("USD"), fx.evidence().get("currencies"));
        assertEquals(bd("16000000000.00"), fx.evidence().get("amountIdr"));
        assertScore(44, Level.MODERATE, result);
    }

    @Test
    void unknownCurrencyIsLeftOutAndSaidSo() {
        Fixtures.Builder agreement = Fixtures.clean().commitment(Obligor.INDONESIAN_PARTY, CommitmentKind.GRANT,
                "5000000", "XAU", Map.of(2025, bd("5000000")), null);
        DimensionResult result = evaluate(agreement);
        assertRules(result, "FISCAL.FOREIGN_CURRENCY", "FISCAL.UNKNOWN_CURRENCY");
        assertEquals(bd("0.00"), result.metrics().get("peakAnnualObligationIdr"));
        assertEquals(List.of("XAU"), finding(result, "FISCAL.UNKNOWN_CURRENCY").evidence().get("currencies"));
    }

    @Test
    void guaranteeIsContingentNotAnOutlay() {
        Fixtures.Builder agreement = Fixtures.clean().commitment(Obligor.INDONESIAN_PARTY, CommitmentKind.GUARANTEE,
                "100000000000", "IDR", Map.of(), null);
        DimensionResult result = evaluate(agreement);
        assertRules(result, "FISCAL.CONTINGENT_GUARANTEE");
        assertEquals(bd("0.00"), result.metrics().get("peakAnnualObligationIdr"));
        assertEquals(bd("100000000000.00"), result.metrics().get("guaranteesIdr"));
        assertScore(40, Level.MODERATE, result);
    }

    @Test
    void loanAboveTheBorrowingCeiling() {
        // Revenue 2024 Rp1tn (previous year for asOf 2025), 2025 Rp1.2tn (latest).
        // Ceiling 0.75 * 1,000bn = 750bn < loan 800bn.
        // Debt service: 6% over 12 - 2 = 10 years: 800bn * 0.06 / (1 - 1.06^-10) = 108.694bn
        // DSCR 1,000 / 108.694 = 9.2001 >= 2.5; exposure 108.694 / 1,200 = 9.06%: high
        // Score 1 - (1 - 0.9)(1 - 0.5) = 0.95
        Fixtures.Builder agreement = Fixtures.clean().revenue(2025, bd("1200000000000"))
                .commitment(Obligor.INDONESIAN_PARTY, CommitmentKind.LOAN, "800000000000", "IDR", Map.of(),
                        new LoanTerms(bd("0.06"), 12, 2, "none"));
        DimensionResult result = evaluate(agreement);
        Map<String, Object> m = result.metrics();
        assertEquals(2024, m.get("borrowingRevenueYear"));
        assertEquals(bd("750000000000.00"), m.get("borrowingCeilingIdr"));
        assertEquals(bd("108694366576.31"), m.get("annualDebtServiceIdr"));
        assertEquals(bd("9.2001"), m.get("dscr"));
        assertEquals(bd("0.0906"), m.get("exposureRatio"));
        assertRules(result, "FISCAL.BORROWING_CEILING_EXCEEDED", "FISCAL.EXPOSURE_HIGH");
        assertEquals("Loans exceed the regional borrowing ceiling of 75.00% of the previous year's revenue "
                + "(PP 56/2018)", finding(result, "FISCAL.BORROWING_CEILING_EXCEEDED").title().en());
        assertScore(95, Level.CRITICAL, result);
    }

    @Test
    void debtServiceCoverageBelowMinimum() {
        // 700bn within the 750bn ceiling, but 10% over 2 years: 700bn * 0.1 / (1 - 1.1^-2) = 403.333bn a year
        // DSCR 1,000 / 403.333 = 2.4793 < 2.5; exposure 403.333 / 1,000 = 40.33%: critical
        // Score 1 - (1 - 0.7)(1 - 0.8) = 0.94
        Fixtures.Builder agreement = Fixtures.clean().commitment(Obligor.INDONESIAN_PARTY, CommitmentKind.LOAN,
                "700000000000", "IDR", Map.of(), new LoanTerms(bd("0.10"), 2, null, null));
        DimensionResult result = evaluate(agreement);
        assertEquals(bd("2.4793"), result.metrics().get("dscr"));
        assertRules(result, "FISCAL.DSCR_BELOW_MINIMUM", "FISCAL.EXPOSURE_CRITICAL");
        assertEquals("Debt-service coverage ratio 2.48 is below the minimum of 2.5 (PP 56/2018)",
                finding(result, "FISCAL.DSCR_BELOW_MINIMUM").title().en());
        assertScore(94, Level.CRITICAL, result);
    }

    @Test
    void incompleteLoanTermsStillCountAgainstTheCeiling() {
        Fixtures.Builder agreement = Fixtures.clean().commitment(Obligor.INDONESIAN_PARTY, CommitmentKind.LOAN,
                "800000000000", "IDR", Map.of(), null);
        DimensionResult result = evaluate(agreement);
        assertRules(result, "FISCAL.BORROWING_CEILING_EXCEEDED", "FISCAL.LOAN_TERMS_INCOMPLETE");
        assertEquals(bd("0.00"), result.metrics().get("annualDebtServiceIdr"));
    }

    @Test
    void borrowingFallsBackToLatestRevenueWhenNoEarlierYear() {
        Fixtures.Builder agreement = Fixtures.clean().commitment(Obligor.INDONESIAN_PARTY, CommitmentKind.LOAN,
                "100000000000", "IDR", Map.of(), new LoanTerms(bd("0.05"), 10, 0, null));
        DimensionResult result = FiscalExposureDimension.evaluate(agreement.build(), MODEL, LocalDate.of(2023, 1, 1));
        assertEquals(2024, result.metrics().get("borrowingRevenueYear"));
    }

    @Test
    void v2WithoutAnObligationAnUnknownRevenueIsNotARisk() {
        Fixtures.Builder agreement = Fixtures.clean()
                .commitment(Obligor.FOREIGN_PARTY, CommitmentKind.GRANT, "30000000", "JPY", Map.of(), null);
        agreement.region = new RegionFacts("34.71", "Kota Yogyakarta", 2, "34", Map.of(), false);
        DimensionResult result = FiscalExposureDimension.evaluate(agreement.build(), ScoringModel.version2(), AS_OF);
        assertRules(result, "FISCAL.NOT_ASSESSABLE");
        assertEquals(Severity.INFO, finding(result, "FISCAL.NOT_ASSESSABLE").severity());
        assertScore(0, Level.LOW, result);
        // Version 1 keeps its answer.
        assertRules(FiscalExposureDimension.evaluate(agreement.build(), MODEL, AS_OF), "FISCAL.REVENUE_MISSING");
    }

    @Test
    void v2AnyObligationMakesAnUnknownRevenueARisk() {
        Fixtures.Builder agreement = Fixtures.clean()
                .commitment(Obligor.INDONESIAN_PARTY, CommitmentKind.GUARANTEE, "1000000000", "IDR", Map.of(), null);
        agreement.region = new RegionFacts("34.71", "Kota Yogyakarta", 2, "34", Map.of(), false);
        DimensionResult result = FiscalExposureDimension.evaluate(agreement.build(), ScoringModel.version2(), AS_OF);
        assertRules(result, "FISCAL.CONTINGENT_GUARANTEE", "FISCAL.REVENUE_MISSING");
    }

    @Test
    void theAssessmentStatesWhichRevenueFigureAndYearItUsed() {
        Fixtures.Builder agreement = Fixtures.clean()
                .commitment(Obligor.INDONESIAN_PARTY, CommitmentKind.BUDGET_ALLOCATION, "20000000000", "IDR",
                        Map.of(2025, bd("20000000000")), null);
        agreement.region = new RegionFacts("36.72", "Kota Cilegon", 2, "36",
                Map.of(2023, bd("1900000000000"), 2024, bd("2000000000000")), false,
                Map.of(2023, "DJPK Kemenkeu, realisasi APBD 2023", 2024, "DJPK Kemenkeu, realisasi APBD 2024"));
        DimensionResult result = FiscalExposureDimension.evaluate(agreement.build(), ScoringModel.version2(), AS_OF);
        assertEquals(2024, result.metrics().get("revenueYear"));
        assertEquals(bd("2000000000000"), result.metrics().get("revenueIdr"));
        assertEquals("DJPK Kemenkeu, realisasi APBD 2024", result.metrics().get("revenueSource"));
        // 20bn / 2,000bn = 1%: not above the moderate band
        assertRules(result);
    }
}
