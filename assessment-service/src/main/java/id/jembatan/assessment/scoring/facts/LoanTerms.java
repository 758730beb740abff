package id.jembatan.assessment.scoring.facts;

import java.math.BigDecimal;

/**
 * Loan terms as AidData records them.
 *
 * @param interestRate yearly rate as a fraction (0.03 = 3%)
 */
public record LoanTerms(BigDecimal interestRate, Integer maturityYears, Integer gracePeriodYears, String collateral) {
}
