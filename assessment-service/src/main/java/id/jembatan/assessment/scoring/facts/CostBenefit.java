package id.jembatan.assessment.scoring.facts;

import id.jembatan.assessment.scoring.model.Copies;

import java.math.BigDecimal;
import java.util.List;

/**
 * The cost-benefit analysis attached to an agreement, all in one currency.
 *
 * @param discountRate yearly rate as a fraction; null means the scoring model's default
 * @param horizonYears number of years of the analysis: flows run over years 0 to horizonYears − 1, the
 *                     definition registration enforces; a flow in a year outside is ignored and reported
 */
public record CostBenefit(BigDecimal discountRate, int horizonYears, String currency,
                          List<Flow> costs, List<Flow> benefits) {
    public CostBenefit {
        if (horizonYears < 0) {
            throw new IllegalArgumentException("horizonYears must not be negative");
        }
        costs = Copies.list(costs);
        benefits = Copies.list(benefits);
    }
}
