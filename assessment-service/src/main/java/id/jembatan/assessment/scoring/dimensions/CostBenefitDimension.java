package id.jembatan.assessment.scoring.dimensions;

import id.jembatan.assessment.scoring.facts.AgreementFacts;
import id.jembatan.assessment.scoring.facts.CostBenefit;
import id.jembatan.assessment.scoring.finance.CashFlowAnalysis;
import id.jembatan.assessment.scoring.model.Dimension;
import id.jembatan.assessment.scoring.model.DimensionResult;
import id.jembatan.assessment.scoring.model.Rule;
import id.jembatan.assessment.scoring.model.ScoringModel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Economic viability from the agreement's cost-benefit analysis: NPV, benefit-cost ratio, IRR and
 * discounted payback, at the stated rate and under a cost overrun, a benefit shortfall and both.
 */
public final class CostBenefitDimension {
    private static final String COST_OVERRUN = "costOverrun";
    private static final String BENEFIT_SHORTFALL = "benefitShortfall";
    private static final String COMBINED_STRESS = "combinedStress";

    private CostBenefitDimension() {
    }

    public static DimensionResult evaluate(AgreementFacts agreement, ScoringModel model) {
        DimensionBuilder result = new DimensionBuilder(Dimension.COST_BENEFIT, model);
        CostBenefit cba = agreement.costBenefit();
        if (cba == null) {
            return result.add(Rule.COST_BENEFIT_NO_ANALYSIS, Values.evidence("state", agreement.state())).build();
        }
        CashFlowAnalysis analysis = CashFlowAnalysis.of(cba, model);
        if (cba.currency() != null) {
            result.metric("currency", cba.currency());
        }
        result.metric("discountRate", Values.round(analysis.rate(), Values.RATIO_SCALE))
                .metric("discountRateSource", analysis.defaultRate() ? "MODEL_DEFAULT" : "AGREEMENT")
                .metric("horizonYears", analysis.horizonYears())
                .metric("jobs", analysis.jobs())
                .metric("peopleTrained", analysis.peopleTrained());
        if (analysis.flowsOutsideHorizon() > 0) {
            result.add(Rule.COST_BENEFIT_FLOWS_OUTSIDE_HORIZON, Values.evidence(
                    "flowsIgnored", analysis.flowsOutsideHorizon(), "horizonYears", analysis.horizonYears()));
        }
        if (!analysis.hasMonetaryFlows()) {
            return result.add(Rule.COST_BENEFIT_NO_MONETARY_FLOWS,
                    Values.evidence("horizonYears", analysis.horizonYears())).build();
        }

        double overrun = 1 + model.costBenefit().costOverrun().doubleValue();
        double shortfall = 1 - model.costBenefit().benefitShortfall().doubleValue();
        CashFlowAnalysis.Scenario base = analysis.scenario(1, 1);
        Map<String, CashFlowAnalysis.Scenario> stresses = new LinkedHashMap<>();
        stresses.put(COST_OVERRUN, analysis.scenario(overrun, 1));
        stresses.put(BENEFIT_SHORTFALL, analysis.scenario(1, shortfall));
        stresses.put(COMBINED_STRESS, analysis.scenario(overrun, shortfall));
        putMetrics(result, "", base);
        stresses.forEach((name, scenario) -> putMetrics(result, name + ".", scenario));

        if (base.pvCosts() == 0) {
            result.add(Rule.COST_BENEFIT_NO_COSTS_STATED,
                    Values.evidence("pvBenefits", Values.round(base.pvBenefits(), Values.MONEY_SCALE)));
        }
        // With positive costs, NPV < 0 and BCR < 1 are the same statement, so one rule carries both.
        if (base.npv() < 0) {
            Map<String, Object> evidence = new LinkedHashMap<>(Values.evidence(
                    "npv", Values.round(base.npv(), Values.MONEY_SCALE),
                    "pvCosts", Values.round(base.pvCosts(), Values.MONEY_SCALE),
                    "pvBenefits", Values.round(base.pvBenefits(), Values.MONEY_SCALE)));
            base.bcr().ifPresent(bcr -> evidence.put("bcr", Values.round(bcr, Values.RATIO_SCALE)));
            result.add(Rule.COST_BENEFIT_NEGATIVE_NPV, Collections.unmodifiableMap(evidence));
        } else {
            List<String> failing = new ArrayList<>();
            Map<String, Object> evidence = new LinkedHashMap<>();
            stresses.forEach((name, scenario) -> {
                if (scenario.npv() < 0) {
                    failing.add(name);
                    evidence.put(name + ".npv", Values.round(scenario.npv(), Values.MONEY_SCALE));
                }
            });
            if (!failing.isEmpty()) {
                evidence.put("scenarios", List.copyOf(failing));
                evidence.put("costOverrun", model.costBenefit().costOverrun());
                evidence.put("benefitShortfall", model.costBenefit().benefitShortfall());
                result.add(Rule.COST_BENEFIT_NEGATIVE_NPV_UNDER_STRESS, Collections.unmodifiableMap(evidence));
            }
        }
        if (base.irr().isEmpty()) {
            result.add(Rule.COST_BENEFIT_IRR_UNDEFINED, Values.evidence("reason", irrStatus(base)));
        }
        return result.build();
    }

    private static void putMetrics(DimensionBuilder result, String prefix, CashFlowAnalysis.Scenario scenario) {
        result.metric(prefix + "pvCosts", Values.round(scenario.pvCosts(), Values.MONEY_SCALE))
                .metric(prefix + "pvBenefits", Values.round(scenario.pvBenefits(), Values.MONEY_SCALE))
                .metric(prefix + "npv", Values.round(scenario.npv(), Values.MONEY_SCALE));
        if (scenario.bcr().isPresent()) {
            result.metric(prefix + "bcr", Values.round(scenario.bcr().getAsDouble(), Values.RATIO_SCALE));
        } else {
            result.metric(prefix + "bcrStatus", "NO_COSTS");
        }
        if (scenario.irr().isPresent()) {
            result.metric(prefix + "irr", Values.round(scenario.irr().getAsDouble(), Values.RATIO_SCALE));
            if (scenario.signChanges() > 1) {
                result.metric(prefix + "irrStatus", "MAY_NOT_BE_UNIQUE");
            }
        } else {
            result.metric(prefix + "irrStatus", irrStatus(scenario));
        }
        if (scenario.payback().isPresent()) {
            result.metric(prefix + "discountedPaybackYear", scenario.payback().getAsInt());
        } else {
            result.metric(prefix + "discountedPaybackStatus", "NOT_WITHIN_HORIZON");
        }
    }

    private static String irrStatus(CashFlowAnalysis.Scenario scenario) {
        return scenario.signChanges() == 0 ? "NO_SIGN_CHANGE" : "NO_ROOT";
    }
}
