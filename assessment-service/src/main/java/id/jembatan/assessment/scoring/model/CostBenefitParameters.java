package id.jembatan.assessment.scoring.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * @param defaultDiscountRate used when the analysis states none, as a fraction
 * @param costOverrun         stress test: costs raised by this fraction
 * @param benefitShortfall    stress test: benefits lowered by this fraction
 */
public record CostBenefitParameters(BigDecimal defaultDiscountRate, BigDecimal costOverrun,
                                    BigDecimal benefitShortfall) {
    public CostBenefitParameters {
        Objects.requireNonNull(defaultDiscountRate, "defaultDiscountRate");
        Objects.requireNonNull(costOverrun, "costOverrun");
        Objects.requireNonNull(benefitShortfall, "benefitShortfall");
    }
}
