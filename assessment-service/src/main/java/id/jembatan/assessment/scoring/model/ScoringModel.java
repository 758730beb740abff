package id.jembatan.assessment.scoring.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A versioned scoring model: every weight, threshold and list the dimensions use. Assessments record the
 * version they were made with, so a published version must never change; a change is a new version.
 * docs/SCORING-MODEL.md explains the versions; {@link #version2()} is the default.
 *
 * @param weights                     weight of each dimension in the overall risk
 * @param rulePoints                  risk points (0–100) of each rule, by rule id
 * @param exchangeRatesToIdr          IDR per unit of currency; illustrative in version 1
 * @param nationalPrioritySectors     sectors counted as national development priorities
 * @param digitalSectors              sectors in scope of digital sovereignty
 * @param physicalImpactSectors       sectors that need environmental safeguards
 * @param capitalSectors              sectors where capital comes in, so technology transfer is expected
 * @param centralAffairSectors        absolute affairs of the central government, for no region to agree on
 * @param provincialCompetenceSectors affairs of the centre and provinces, not of regencies and cities
 */
public record ScoringModel(int version, Map<Dimension, Integer> weights, LevelCutoffs levelCutoffs,
                           Map<String, Integer> rulePoints, CostBenefitParameters costBenefit,
                           FiscalParameters fiscal, ConcentrationParameters concentration,
                           BenefitParameters benefit, Map<String, BigDecimal> exchangeRatesToIdr,
                           Set<String> nationalPrioritySectors, Set<String> digitalSectors,
                           Set<String> physicalImpactSectors, Set<String> capitalSectors,
                           Set<String> centralAffairSectors, Set<String> provincialCompetenceSectors) {

    public ScoringModel {
        Objects.requireNonNull(levelCutoffs, "levelCutoffs");
        Objects.requireNonNull(costBenefit, "costBenefit");
        Objects.requireNonNull(fiscal, "fiscal");
        Objects.requireNonNull(concentration, "concentration");
        Objects.requireNonNull(benefit, "benefit");
        weights = Copies.enumMap(weights, Dimension.class);
        if (weights.size() != Dimension.values().length || weights.values().stream().anyMatch(w -> w < 0)
                || weights.values().stream().mapToInt(Integer::intValue).sum() == 0) {
            throw new IllegalArgumentException("every dimension needs a weight >= 0, and not all may be 0");
        }
        rulePoints = Copies.sortedMap(rulePoints);
        if (rulePoints.values().stream().anyMatch(p -> p < 0 || p > 100)) {
            throw new IllegalArgumentException("rule points must lie between 0 and 100");
        }
        exchangeRatesToIdr = Copies.sortedMap(exchangeRatesToIdr);
        nationalPrioritySectors = Copies.sortedSet(nationalPrioritySectors);
        digitalSectors = Copies.sortedSet(digitalSectors);
        physicalImpactSectors = Copies.sortedSet(physicalImpactSectors);
        capitalSectors = Copies.sortedSet(capitalSectors);
        centralAffairSectors = Copies.sortedSet(centralAffairSectors);
        provincialCompetenceSectors = Copies.sortedSet(provincialCompetenceSectors);
    }

    /** Whether the model judges the rule at all: a model made before a rule was added does not fire it. */
    public boolean prices(Rule rule) {
        return rulePoints.containsKey(rule.id());
    }

    /** Risk points of a rule; a model that does not price a rule cannot be used to assess. */
    public int points(Rule rule) {
        Integer points = rulePoints.get(rule.id());
        if (points == null) {
            throw new IllegalStateException("scoring model " + version + " has no points for rule " + rule.id());
        }
        return points;
    }

    /** The amount in IDR, or empty when the model has no rate for the currency. */
    public Optional<BigDecimal> toIdr(BigDecimal amount, String currency) {
        return Optional.ofNullable(exchangeRatesToIdr.get(currency)).map(amount::multiply);
    }

    /**
     * Version 2, the default: version 1 with three false alarms removed (docs/SCORING-MODEL.md, "Version 2").
     * An unknown revenue is a risk only when the region commits something; the dominant-partner rule respects
     * the small-portfolio rule; concentration risks are charged only to an agreement that raises concentration.
     * Every number is that of version 1; the four rules it adds only inform (the third, an unequal administrative
     * level of the parties, came with the eleven stages of the procedure; the fourth says that training is judged
     * against its target only once the agreement is in force).
     */
    public static ScoringModel version2() {
        ScoringModel v1 = version1();
        Map<String, Integer> points = new LinkedHashMap<>(v1.rulePoints());
        points.put(Rule.FISCAL_NOT_ASSESSABLE.id(), 0);
        points.put(Rule.CONCENTRATION_AGREEMENT_DIVERSIFIES.id(), 0);
        points.put(Rule.POLICY_UNEQUAL_ADMINISTRATIVE_LEVEL.id(), 0);
        points.put(Rule.TECHNOLOGY_TRAINING_NOT_DUE.id(), 0);
        FiscalParameters fiscal = v1.fiscal();
        ConcentrationParameters concentration = v1.concentration();
        return new ScoringModel(2, v1.weights(), v1.levelCutoffs(), points, v1.costBenefit(),
                new FiscalParameters(fiscal.exposureModerate(), fiscal.exposureHigh(), fiscal.exposureCritical(),
                        fiscal.borrowingCeilingShare(), fiscal.minimumDscr(), true),
                new ConcentrationParameters(concentration.hhiModerate(), concentration.hhiHigh(),
                        concentration.dominantPartnerShare(), concentration.diversificationTargets(), true, true),
                v1.benefit(), v1.exchangeRatesToIdr(), v1.nationalPrioritySectors(), v1.digitalSectors(),
                v1.physicalImpactSectors(), v1.capitalSectors(), v1.centralAffairSectors(),
                v1.provincialCompetenceSectors());
    }

    /** The same model under another version number: how an administrator's proposal is numbered. */
    public ScoringModel numbered(int number) {
        return new ScoringModel(number, weights, levelCutoffs, rulePoints, costBenefit, fiscal, concentration, benefit,
                exchangeRatesToIdr, nationalPrioritySectors, digitalSectors, physicalImpactSectors, capitalSectors,
                centralAffairSectors, provincialCompetenceSectors);
    }

    /**
     * Version 1, as published: kept so that its assessments can be reproduced. It prices neither of the rules
     * version 2 added, which it never fires.
     */
    public static ScoringModel version1() {
        Map<Dimension, Integer> weights = Map.of(
                Dimension.TRANSPARENCY, 15,
                Dimension.COST_BENEFIT, 15,
                Dimension.FISCAL_EXPOSURE, 20,
                Dimension.PARTNER_CONCENTRATION, 10,
                Dimension.TECHNOLOGY_TRANSFER, 10,
                Dimension.DIGITAL_SOVEREIGNTY, 10,
                Dimension.ENVIRONMENTAL_SOCIAL, 10,
                Dimension.POLICY_ALIGNMENT, 10);
        Map<String, Integer> points = new LinkedHashMap<>();
        List.of(
                Map.entry(Rule.TRANSPARENCY_CBA_MISSING, 40),
                Map.entry(Rule.TRANSPARENCY_ENVIRONMENTAL_CLAUSE_NOT_FILLED, 25),
                Map.entry(Rule.TRANSPARENCY_FISCAL_CLAUSE_NOT_FILLED, 25),
                Map.entry(Rule.TRANSPARENCY_DOCUMENTS_NOT_PUBLIC, 20),
                Map.entry(Rule.TRANSPARENCY_NO_INSTRUMENT_RECORDED, 20),
                Map.entry(Rule.TRANSPARENCY_DPRD_APPROVAL_NOT_RECORDED, 50),
                Map.entry(Rule.TRANSPARENCY_CENTRAL_APPROVAL_NOT_RECORDED, 50),
                Map.entry(Rule.COST_BENEFIT_NO_ANALYSIS, 70),
                Map.entry(Rule.COST_BENEFIT_NO_MONETARY_FLOWS, 50),
                Map.entry(Rule.COST_BENEFIT_NO_COSTS_STATED, 30),
                Map.entry(Rule.COST_BENEFIT_NEGATIVE_NPV, 60),
                Map.entry(Rule.COST_BENEFIT_NEGATIVE_NPV_UNDER_STRESS, 35),
                Map.entry(Rule.COST_BENEFIT_IRR_UNDEFINED, 0),
                Map.entry(Rule.COST_BENEFIT_FLOWS_OUTSIDE_HORIZON, 10),
                Map.entry(Rule.FISCAL_REVENUE_MISSING, 30),
                Map.entry(Rule.FISCAL_REVENUE_ILLUSTRATIVE, 0),
                Map.entry(Rule.FISCAL_EXPOSURE_MODERATE, 20),
                Map.entry(Rule.FISCAL_EXPOSURE_HIGH, 50),
                Map.entry(Rule.FISCAL_EXPOSURE_CRITICAL, 80),
                Map.entry(Rule.FISCAL_BORROWING_CEILING_EXCEEDED, 90),
                Map.entry(Rule.FISCAL_DSCR_BELOW_MINIMUM, 70),
                Map.entry(Rule.FISCAL_LOAN_TERMS_INCOMPLETE, 30),
                Map.entry(Rule.FISCAL_FOREIGN_CURRENCY, 30),
                Map.entry(Rule.FISCAL_CONTINGENT_GUARANTEE, 40),
                Map.entry(Rule.FISCAL_UNKNOWN_CURRENCY, 30),
                Map.entry(Rule.FISCAL_UNSCHEDULED_OBLIGATIONS, 10),
                Map.entry(Rule.CONCENTRATION_REGION_HIGH, 60),
                Map.entry(Rule.CONCENTRATION_REGION_MODERATE, 30),
                Map.entry(Rule.CONCENTRATION_PROVINCE_HIGH, 15),
                Map.entry(Rule.CONCENTRATION_NATIONAL_HIGH, 10),
                Map.entry(Rule.CONCENTRATION_SMALL_PORTFOLIO, 0),
                Map.entry(Rule.CONCENTRATION_DOMINANT_PARTNER, 30),
                Map.entry(Rule.CONCENTRATION_TARGETS_ABSENT, 10),
                Map.entry(Rule.CONCENTRATION_VALUE_UNAVAILABLE, 0),
                Map.entry(Rule.TECHNOLOGY_PASSIVE_RECIPIENT, 60),
                Map.entry(Rule.TECHNOLOGY_TRANSFER_CLAUSE_MISSING, 15),
                Map.entry(Rule.TECHNOLOGY_TRAINING_CLAUSE_MISSING, 20),
                Map.entry(Rule.TECHNOLOGY_TRAINING_TARGET_MISSING, 10),
                Map.entry(Rule.TECHNOLOGY_TRAINING_BEHIND_TARGET, 25),
                Map.entry(Rule.DIGITAL_DATA_CLAUSE_MISSING, 60),
                Map.entry(Rule.DIGITAL_FOREIGN_TECHNOLOGY_PARTNER, 20),
                Map.entry(Rule.DIGITAL_STATE_CONTROLLED_TECHNOLOGY_PARTNER, 40),
                Map.entry(Rule.ENVIRONMENT_SAFEGUARDS_MISSING, 70),
                Map.entry(Rule.ENVIRONMENT_APPROVAL_NOT_RECORDED, 25),
                Map.entry(Rule.POLICY_NO_DIPLOMATIC_RELATIONS, 100),
                Map.entry(Rule.POLICY_SECTOR_NOT_PRIORITY, 15),
                Map.entry(Rule.POLICY_FORM_MISMATCH, 40),
                Map.entry(Rule.POLICY_CENTRAL_AFFAIR, 80),
                Map.entry(Rule.POLICY_NOT_REGENCY_COMPETENCE, 50))
                .forEach(e -> points.put(e.getKey().id(), e.getValue()));
        return new ScoringModel(
                1,
                weights,
                new LevelCutoffs(25, 50, 75),
                points,
                new CostBenefitParameters(new BigDecimal("0.08"), new BigDecimal("0.20"), new BigDecimal("0.20")),
                new FiscalParameters(new BigDecimal("0.01"), new BigDecimal("0.05"), new BigDecimal("0.10"),
                        new BigDecimal("0.75"), new BigDecimal("2.5"), false),
                new ConcentrationParameters(1500, 2500, new BigDecimal("0.5"), List.of("JP", "KR", "EU", "ASEAN"),
                        false, false),
                new BenefitParameters(40, 20, 20, 20, new BigDecimal("2"), 100, new BigDecimal("10000000000")),
                Map.of("IDR", BigDecimal.ONE,
                        "USD", new BigDecimal("16000"),
                        "CNY", new BigDecimal("2200"),
                        "EUR", new BigDecimal("17500"),
                        "JPY", new BigDecimal("105"),
                        "KRW", new BigDecimal("11.5")),
                Set.of("AGRICULTURE", "ENERGY", "INDUSTRY", "INVESTMENT", "TRADE_EXPORT", "INFRASTRUCTURE",
                        "TRANSPORT", "DIGITAL_INFRASTRUCTURE", "E_COMMERCE", "ARTIFICIAL_INTELLIGENCE",
                        "HUMAN_RESOURCES", "EDUCATION", "HEALTH", "TOURISM", "CREATIVE_ECONOMY", "ENVIRONMENT"),
                Set.of("E_COMMERCE", "ARTIFICIAL_INTELLIGENCE", "DIGITAL_INFRASTRUCTURE", "DATA", "SMART_CITY"),
                Set.of("INFRASTRUCTURE", "TRANSPORT", "ENERGY", "INDUSTRY", "AGRICULTURE", "URBAN_PLANNING",
                        "ENVIRONMENT"),
                Set.of("INVESTMENT", "INFRASTRUCTURE", "INDUSTRY"),
                Set.of("FOREIGN_POLICY", "DEFENCE", "SECURITY", "JUSTICE", "MONETARY_FISCAL", "RELIGION"),
                Set.of("ENERGY"));
    }
}
