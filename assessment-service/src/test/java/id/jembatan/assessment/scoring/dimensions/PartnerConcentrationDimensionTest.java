package id.jembatan.assessment.scoring.dimensions;

import static id.jembatan.assessment.scoring.Checks.assertRules;
import static id.jembatan.assessment.scoring.Checks.assertScore;
import static id.jembatan.assessment.scoring.Checks.finding;
import static id.jembatan.assessment.scoring.Fixtures.ASSESSED_ID;
import static id.jembatan.assessment.scoring.Fixtures.MODEL;
import static id.jembatan.assessment.scoring.Fixtures.bd;
import static id.jembatan.assessment.scoring.Fixtures.blocs;
import static id.jembatan.assessment.scoring.Fixtures.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jembatan.assessment.scoring.Checks;
import id.jembatan.assessment.scoring.Fixtures;
import id.jembatan.assessment.scoring.facts.AgreementFacts;
import id.jembatan.assessment.scoring.facts.CommitmentKind;
import id.jembatan.assessment.scoring.facts.Obligor;
import id.jembatan.assessment.scoring.facts.PartnerFacts;
import id.jembatan.assessment.scoring.facts.PortfolioEntry;
import id.jembatan.assessment.scoring.facts.PortfolioFacts;
import id.jembatan.assessment.scoring.model.DimensionResult;
import id.jembatan.assessment.scoring.model.Level;
import id.jembatan.assessment.scoring.model.ScoringModel;
import id.jembatan.assessment.scoring.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartnerConcentrationDimensionTest {

    private static DimensionResult evaluate(List<PortfolioEntry> region) {
        return evaluate(Fixtures.clean().build(), new PortfolioFacts(region, List.of(), List.of(), blocs()));
    }

    private static DimensionResult evaluate(AgreementFacts agreement, PortfolioFacts portfolio) {
        return PartnerConcentrationDimension.evaluate(agreement, portfolio, MODEL);
    }

    private static List<PortfolioEntry> entries(String... countries) {
        List<PortfolioEntry> entries = new ArrayList<>();
        for (String country : countries) {
            entries.add(entry(country, "ACTIVE"));
        }
        return entries;
    }

    private static PortfolioEntry assessed(String country) {
        return new PortfolioEntry(ASSESSED_ID, country, null, "ACTIVE", true, 2024);
    }

    @Test
    void threeChinaOneJapan() {
        // The assessed (CN) agreement is already listed. Shares 75% and 25%: 75^2 + 25^2 = 5625 + 625 = 6250.
        List<PortfolioEntry> region = entries("CN", "CN", "JP");
        region.add(assessed("CN"));
        DimensionResult result = evaluate(region);
        assertEquals(4, result.metrics().get("liveAgreements"));
        assertEquals(bd("6250.00"), result.metrics().get("hhiByCount"));
        assertEquals("CN", result.metrics().get("topPartner"));
        assertEquals(bd("75.00"), result.metrics().get("topPartnerShare"));
        // Four agreements cannot score below 10000 / 4 = 2500, the high threshold: too small to judge.
        assertRules(result, "CONCENTRATION.SMALL_PORTFOLIO", "CONCENTRATION.DOMINANT_PARTNER",
                "CONCENTRATION.TARGETS_ABSENT", "CONCENTRATION.VALUE_UNAVAILABLE");
        assertEquals(bd("6250.00"), finding(result, "CONCENTRATION.SMALL_PORTFOLIO").evidence().get("hhiByCount"));
        assertEquals(List.of("KR", "EU", "ASEAN"), result.metrics().get("absentTargets"));
        // 1 - (1 - 0.3)(1 - 0.1) = 0.37
        assertScore(37, Level.MODERATE, result);
    }

    @Test
    void oneAgreementPortfolio() {
        // The region has nothing else; the assessed agreement is added: one country, HHI 100^2 = 10000.
        DimensionResult result = evaluate(List.of());
        assertEquals(1, result.metrics().get("liveAgreements"));
        assertEquals(bd("10000.00"), result.metrics().get("hhiByCount"));
        assertRules(result, "CONCENTRATION.SMALL_PORTFOLIO", "CONCENTRATION.DOMINANT_PARTNER",
                "CONCENTRATION.TARGETS_ABSENT", "CONCENTRATION.VALUE_UNAVAILABLE");
        assertEquals("Too few live agreements (1) to judge concentration; the level is capped at MODERATE",
                finding(result, "CONCENTRATION.SMALL_PORTFOLIO").title().en());
        // Still advised to diversify.
        assertTrue(result.recommendations().stream().anyMatch(r -> r.rule().equals("CONCENTRATION.DOMINANT_PARTNER")));
        assertEquals("Diversify partners beyond CN, so that no single country gains leverage over the region.",
                result.recommendations().stream().filter(r -> r.rule().equals("CONCENTRATION.DOMINANT_PARTNER"))
                        .findFirst().orElseThrow().text().en());
        assertScore(37, Level.MODERATE, result);
    }

    @Test
    void smallPortfolioIsCappedAtModerate() {
        // Two CN agreements in the region; the province (5 + 1) and the nation (10 + 1) are all CN, HHI 10000.
        // Dominant 30, targets absent 10, province high 15, national high 10:
        // 1 - 0.7 * 0.9 * 0.85 * 0.9 = 0.518 -> 52, capped at 49, the highest MODERATE score.
        List<PortfolioEntry> national = entries("CN", "CN", "CN", "CN", "CN", "CN", "CN", "CN", "CN", "CN");
        List<PortfolioEntry> province = entries("CN", "CN", "CN", "CN", "CN");
        DimensionResult result = evaluate(Fixtures.clean().build(),
                new PortfolioFacts(entries("CN"), province, national, blocs()));
        assertRules(result, "CONCENTRATION.SMALL_PORTFOLIO", "CONCENTRATION.DOMINANT_PARTNER",
                "CONCENTRATION.TARGETS_ABSENT", "CONCENTRATION.VALUE_UNAVAILABLE",
                "CONCENTRATION.PROVINCE_HIGH", "CONCENTRATION.NATIONAL_HIGH");
        assertEquals(6, result.metrics().get("province.liveAgreements"));
        assertEquals(11, result.metrics().get("national.liveAgreements"));
        assertScore(49, Level.MODERATE, result);
    }

    @Test
    void highConcentrationInALargePortfolio() {
        // 10 live: CN 6 (with the assessed one), JP 2, KR 1, SG 1 -> 60^2 + 20^2 + 10^2 + 10^2 = 4200.
        // EU absent. 1 - (1 - 0.6)(1 - 0.3)(1 - 0.1) = 1 - 0.252 = 0.748 -> 75
        List<PortfolioEntry> region = entries("CN", "CN", "CN", "CN", "CN", "JP", "JP", "KR", "SG");
        region.add(entry("CN", "TERMINATED"));
        region.add(entry("JP", "WITHDRAWN"));
        DimensionResult result = evaluate(region);
        assertEquals(10, result.metrics().get("liveAgreements"));
        assertEquals(bd("4200.00"), result.metrics().get("hhiByCount"));
        assertRules(result, "CONCENTRATION.REGION_HIGH", "CONCENTRATION.DOMINANT_PARTNER",
                "CONCENTRATION.TARGETS_ABSENT", "CONCENTRATION.VALUE_UNAVAILABLE");
        assertEquals("The region's agreements are highly concentrated by partner country (HHI 4200)",
                finding(result, "CONCENTRATION.REGION_HIGH").title().en());
        assertEquals(List.of("EU"), finding(result, "CONCENTRATION.TARGETS_ABSENT").evidence().get("absent"));
        assertScore(75, Level.CRITICAL, result);
    }

    @Test
    void moderateConcentrationWithAllTargetsPresent() {
        // 10 live: CN 3 (with the assessed one), JP 2, KR 2, DE 2, SG 1
        // 30^2 + 20^2 + 20^2 + 20^2 + 10^2 = 900 + 400 + 400 + 400 + 100 = 2200: moderate
        DimensionResult result = evaluate(entries("CN", "CN", "JP", "JP", "KR", "KR", "DE", "DE", "SG"));
        assertEquals(bd("2200.00"), result.metrics().get("hhiByCount"));
        assertEquals(List.of(), result.metrics().get("absentTargets"));
        assertRules(result, "CONCENTRATION.REGION_MODERATE", "CONCENTRATION.VALUE_UNAVAILABLE");
        assertScore(30, Level.MODERATE, result);
    }

    @Test
    void valueIndexSkipsMissingValuesAndDecidesWhenHigher() {
        // By count the moderate portfolio above (2200). By value only CN 300 and JP 100 have values:
        // 75^2 + 25^2 = 6250 >= 2500, so the value index makes it high.
        List<PortfolioEntry> region = entries("CN", "JP", "KR", "KR", "DE", "DE", "SG");
        region.add(entry("CN", bd("300")));
        region.add(entry("JP", bd("100")));
        DimensionResult result = evaluate(region);
        assertEquals(bd("2200.00"), result.metrics().get("hhiByCount"));
        assertEquals(bd("6250.00"), result.metrics().get("hhiByValue"));
        assertEquals(8, result.metrics().get("agreementsWithoutValue"));
        assertRules(result, "CONCENTRATION.REGION_HIGH");
        assertEquals(bd("6250.00"), finding(result, "CONCENTRATION.REGION_HIGH").evidence().get("hhiByValue"));
    }

    @Test
    void valueIndexSkippedWhenNoValues() {
        DimensionResult result = evaluate(entries("JP"));
        assertEquals("NO_COMMITTED_VALUES", result.metrics().get("hhiByValueStatus"));
        assertFalse(result.metrics().containsKey("hhiByValue"));
        assertEquals(Severity.INFO, finding(result, "CONCENTRATION.VALUE_UNAVAILABLE").severity());
    }

    @Test
    void assessedAgreementBringsItsCommitmentsAsValue() {
        // USD 1,000 * 16,000 + IDR 4,000,000 = Rp20,000,000 for CN; JP has no value: value HHI 100^2 = 10000
        AgreementFacts agreement = Fixtures.clean()
                .commitment(Obligor.FOREIGN_PARTY, CommitmentKind.GRANT, "1000", "USD", Map.of(), null)
                .commitment(Obligor.INDONESIAN_PARTY, CommitmentKind.IN_KIND, "4000000", "IDR", Map.of(), null)
                .build();
        assertEquals(bd("20000000"), PartnerConcentrationDimension.entryOf(agreement, MODEL).committedValueIdr());
        assertEquals(2024, PartnerConcentrationDimension.entryOf(agreement, MODEL).signingYear());
        DimensionResult result = evaluate(agreement, new PortfolioFacts(entries("JP"), List.of(), List.of(), blocs()));
        assertEquals(bd("10000.00"), result.metrics().get("hhiByValue"));
    }

    @Test
    void partnerBlocsComeFromTheAgreementWhenTheDirectoryMapLacksThem() {
        Fixtures.Builder agreement = Fixtures.clean();
        agreement.partner = new PartnerFacts("SG", "Singapore", true, Set.of("ASEAN"));
        DimensionResult result = evaluate(agreement.build(), new PortfolioFacts(List.of(), List.of(), List.of(),
                Map.of()));
        assertEquals(List.of("JP", "KR", "EU"), result.metrics().get("absentTargets"));
    }

    @Test
    void endedAssessedAgreementLeavesAnEmptyPortfolio() {
        DimensionResult result = evaluate(Fixtures.clean().state("TERMINATED").build(), PortfolioFacts.empty());
        assertEquals(0, result.metrics().get("liveAgreements"));
        assertTrue(result.findings().isEmpty());
    }

    // Version 2: the agreement is judged by its effect, and the small-portfolio rule covers dominance.

    private static DimensionResult evaluateV2(AgreementFacts agreement, List<PortfolioEntry> region,
                                              List<PortfolioEntry> national) {
        return PartnerConcentrationDimension.evaluate(agreement,
                new PortfolioFacts(region, List.of(), national, blocs()), ScoringModel.version2());
    }

    private static AgreementFacts withPartner(String country, Set<String> blocs) {
        Fixtures.Builder agreement = Fixtures.clean();
        agreement.partner = new PartnerFacts(country, country, true, blocs);
        return agreement.build();
    }

    @Test
    void v2OneAgreementWithJapanIsNotDependenceOnJapan() {
        DimensionResult result = evaluateV2(withPartner("JP", Set.of("G20", "OECD")), List.of(), List.of());
        // Small portfolio: informs only; JP is itself a target, so the absence of the others is not its doing.
        assertRules(result, "CONCENTRATION.SMALL_PORTFOLIO", "CONCENTRATION.VALUE_UNAVAILABLE");
        assertEquals(List.of("KR", "EU", "ASEAN"), result.metrics().get("absentTargets"));
        assertScore(0, Level.LOW, result);
    }

    @Test
    void v2AgreementWithANonDominantPartnerLowersConcentrationAndCarriesNoRisk() {
        // Region: CN 5, JP 2, KR 1, SG 1 (HHI 3827.16 without); a DE agreement makes ten: 2500 + 400 + 100 + 100
        // + 100 = 3200, still high, but lower than without it.
        DimensionResult result = evaluateV2(withPartner("DE", Set.of("EU", "G20", "OECD")),
                entries("CN", "CN", "CN", "CN", "CN", "JP", "JP", "KR", "SG"), List.of());
        assertEquals(bd("3200.00"), result.metrics().get("hhiByCount"));
        assertEquals(bd("3827.16"), result.metrics().get("hhiByCountWithoutAgreement"));
        assertRules(result, "CONCENTRATION.AGREEMENT_DIVERSIFIES", "CONCENTRATION.VALUE_UNAVAILABLE");
        assertEquals("The agreement lowers the region's concentration by partner country (HHI by count 3827 without it, 3200 with it)",
                finding(result, "CONCENTRATION.AGREEMENT_DIVERSIFIES").title().en());
        assertEquals(Severity.INFO, finding(result, "CONCENTRATION.AGREEMENT_DIVERSIFIES").severity());
        assertScore(0, Level.LOW, result);
    }

    @Test
    void v2AgreementWithTheDominantPartnerCarriesTheRisk() {
        // The same region with a sixth CN agreement: 3600 + 400 + 100 + 100 = 4200 > 3827.16 without it.
        DimensionResult result = evaluateV2(Fixtures.clean().build(),
                entries("CN", "CN", "CN", "CN", "CN", "JP", "JP", "KR", "SG"), List.of());
        assertRules(result, "CONCENTRATION.REGION_HIGH", "CONCENTRATION.DOMINANT_PARTNER",
                "CONCENTRATION.TARGETS_ABSENT", "CONCENTRATION.VALUE_UNAVAILABLE");
        assertEquals(bd("3827.16"), finding(result, "CONCENTRATION.REGION_HIGH").evidence().get("hhiByCountWithoutAgreement"));
        assertScore(75, Level.CRITICAL, result);
    }

    @Test
    void v2OneMoreWithTheOnlyPartnerIsChargedThoughTheIndexCannotRise() {
        // Four CN agreements and a fifth: 10,000 with and without it.
        DimensionResult result = evaluateV2(Fixtures.clean().build(), entries("CN", "CN", "CN", "CN"), List.of());
        assertRules(result, "CONCENTRATION.REGION_HIGH", "CONCENTRATION.DOMINANT_PARTNER",
                "CONCENTRATION.TARGETS_ABSENT", "CONCENTRATION.VALUE_UNAVAILABLE");
    }

    @Test
    void v2NationalConcentrationIsChargedOnlyToWhatAddsToIt() {
        List<PortfolioEntry> national = new ArrayList<>();
        national.add(new PortfolioEntry(null, "CN", null, "ACTIVE", true, null, 60));
        national.add(new PortfolioEntry(null, "JP", null, "ACTIVE", true, null, 40));
        List<PortfolioEntry> region = entries("JP", "KR", "DE", "SG", "US", "AU", "IN");
        // CN: 61 of 101 raises the national index by count (5200 without); JP: 41 of 101 lowers it.
        assertTrue(Checks.rules(evaluateV2(Fixtures.clean().build(), region, national))
                .contains("CONCENTRATION.NATIONAL_HIGH"));
        DimensionResult japan = evaluateV2(withPartner("JP", Set.of("G20", "OECD")), region, national);
        assertFalse(Checks.rules(japan).contains("CONCENTRATION.NATIONAL_HIGH"));
        assertEquals(bd("5200.00"), japan.metrics().get("national.hhiByCountWithoutAgreement"));
    }

    @Test
    void v2AnIndexBelowTheThresholdMayRiseWithoutBlame() {
        // Nationally CN 7, JP 2, KR 2, DE 2: by count 3609.47 without the agreement, high. Values: CN Rp3bn and
        // JP Rp1bn in all (value index 6250), 11 agreements without one. A JP agreement of Rp3bn lowers the count
        // index to 3367.35 and the value index too (CN 3, JP 4: 42.86^2 + 57.14^2 = 5102.04). One of Rp20bn raises
        // the value index to 87.5^2 + 12.5^2 = 7812.5, but over three valued agreements, whose index cannot fall
        // below 3,333: too few to judge at the high threshold.
        List<PortfolioEntry> national = new ArrayList<>(entries("CN", "CN", "CN", "CN", "CN", "CN", "JP", "KR", "KR",
                "DE", "DE"));
        national.add(entry("CN", bd("3000000000")));
        national.add(entry("JP", bd("1000000000")));
        List<PortfolioEntry> region = entries("KR", "DE", "SG", "US", "AU");
        for (String amount : List.of("3000000000", "20000000000")) {
            Fixtures.Builder japan = Fixtures.clean()
                    .commitment(Obligor.FOREIGN_PARTY, CommitmentKind.GRANT, amount, "IDR", Map.of(), null);
            japan.partner = new PartnerFacts("JP", "Japan", true, Set.of("G20", "OECD"));
            DimensionResult result = evaluateV2(japan.build(), region, national);
            assertEquals(bd("3609.47"), result.metrics().get("national.hhiByCountWithoutAgreement"));
            assertEquals(bd("3367.35"), result.metrics().get("national.hhiByCount"));
            assertEquals(bd("6250.00"), result.metrics().get("national.hhiByValueWithoutAgreement"));
            assertFalse(Checks.rules(result).contains("CONCENTRATION.NATIONAL_HIGH"), amount);
        }
        // A CN agreement raises the index by count: it is charged.
        assertTrue(Checks.rules(evaluateV2(Fixtures.clean().build(), region, national))
                .contains("CONCENTRATION.NATIONAL_HIGH"));
    }

    @Test
    void v2AgreementThatSpreadsTheRegionIsNotBlamedForAbsentTargets() {
        // Region CN 5; an Australian agreement (no target itself) lowers the index by count from 10000 to 6944.44.
        DimensionResult result = evaluateV2(withPartner("AU", Set.of("G20", "OECD")),
                entries("CN", "CN", "CN", "CN", "CN"), List.of());
        assertEquals(List.of("JP", "KR", "EU", "ASEAN"), result.metrics().get("absentTargets"));
        // The region's index stays high (6944.44), but not by this agreement's doing, and the targets it lacks are
        // not this agreement's fault either.
        assertRules(result, "CONCENTRATION.AGREEMENT_DIVERSIFIES", "CONCENTRATION.VALUE_UNAVAILABLE");
        assertScore(0, Level.LOW, result);
        // A sixth CN agreement is charged with both.
        assertTrue(Checks.rules(evaluateV2(Fixtures.clean().build(), entries("CN", "CN", "CN", "CN", "CN"), List.of()))
                .containsAll(List.of("CONCENTRATION.REGION_HIGH", "CONCENTRATION.TARGETS_ABSENT")));
    }

    @Test
    void v2EndedAgreementIsChargedWithNothing() {
        DimensionResult result = evaluateV2(Fixtures.clean().state("TERMINATED").build(),
                entries("CN", "CN", "CN", "CN", "CN", "JP"), List.of());
        assertFalse(Checks.rules(result).contains("CONCENTRATION.REGION_HIGH"));
        assertFalse(Checks.rules(result).contains("CONCENTRATION.DOMINANT_PARTNER"));
    }
}
