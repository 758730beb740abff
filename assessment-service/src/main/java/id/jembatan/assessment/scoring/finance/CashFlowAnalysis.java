package id.jembatan.assessment.scoring.finance;

import id.jembatan.assessment.scoring.facts.CostBenefit;
import id.jembatan.assessment.scoring.facts.Flow;
import id.jembatan.assessment.scoring.model.ScoringModel;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A cost-benefit analysis as yearly money arrays over years 0 to horizonYears − 1 (the same years registration
 * accepts), ready for {@link Finance}.
 * Counts (jobs, people trained) are kept apart: adding them to money would be meaningless.
 */
public final class CashFlowAnalysis {
    private final double rate;
    private final boolean defaultRate;
    private final double[] costs;
    private final double[] benefits;
    private final int flowsOutsideHorizon;
    private final BigDecimal jobs;
    private final BigDecimal peopleTrained;

    private CashFlowAnalysis(CostBenefit cba, ScoringModel model) {
        defaultRate = cba.discountRate() == null;
        rate = (defaultRate ? model.costBenefit().defaultDiscountRate() : cba.discountRate()).doubleValue();
        costs = new double[cba.horizonYears()];
        benefits = new double[cba.horizonYears()];
        int outside = 0;
        outside += addTo(costs, cba.costs());
        outside += addTo(benefits, cba.benefits().stream()
                .filter(f -> !Flow.COUNT_CATEGORIES.contains(f.category())).toList());
        flowsOutsideHorizon = outside;
        jobs = total(cba.benefits(), "JOBS");
        peopleTrained = total(cba.benefits(), "PEOPLE_TRAINED");
    }

    public static CashFlowAnalysis of(CostBenefit cba, ScoringModel model) {
        return new CashFlowAnalysis(cba, model);
    }

    /** Adds the flows into the yearly array and returns how many fell outside it. */
    private static int addTo(double[] years, List<Flow> flows) {
        int outside = 0;
        for (Flow flow : flows) {
            if (flow.year() < 0 || flow.year() >= years.length) {
                outside++;
            } else {
                years[flow.year()] += flow.amount().doubleValue();
            }
        }
        return outside;
    }

    private static BigDecimal total(List<Flow> flows, String category) {
        return flows.stream().filter(f -> f.category().equals(category)).map(Flow::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public double rate() {
        return rate;
    }

    public boolean defaultRate() {
        return defaultRate;
    }

    public int horizonYears() {
        return costs.length;
    }

    public int flowsOutsideHorizon() {
        return flowsOutsideHorizon;
    }

    public BigDecimal jobs() {
        return jobs;
    }

    public BigDecimal peopleTrained() {
        return peopleTrained;
    }

    public boolean hasMonetaryFlows() {
        for (int year = 0; year < costs.length; year++) {
            if (costs[year] != 0 || benefits[year] != 0) {
                return true;
            }
        }
        return false;
    }

    /** The analysis with costs and benefits scaled, e.g. (1.2, 1) for a 20% cost overrun. */
    public Scenario scenario(double costFactor, double benefitFactor) {
        double[] scaledCosts = new double[costs.length];
        double[] scaledBenefits = new double[costs.length];
        double[] net = new double[costs.length];
        for (int year = 0; year < costs.length; year++) {
            scaledCosts[year] = costs[year] * costFactor;
            scaledBenefits[year] = benefits[year] * benefitFactor;
            net[year] = scaledBenefits[year] - scaledCosts[year];
        }
        return new Scenario(Finance.presentValue(scaledCosts, rate), Finance.presentValue(scaledBenefits, rate),
                Finance.presentValue(net, rate), Finance.benefitCostRatio(scaledBenefits, scaledCosts, rate),
                Finance.internalRateOfReturn(net), Finance.discountedPayback(net, rate), Finance.signChanges(net));
    }

    /** The appraisal figures of one scenario; {@code bcr} is empty without costs, {@code irr} without a root. */
    public record Scenario(double pvCosts, double pvBenefits, double npv, OptionalDouble bcr, OptionalDouble irr,
                           OptionalInt payback, int signChanges) {
    }
}
