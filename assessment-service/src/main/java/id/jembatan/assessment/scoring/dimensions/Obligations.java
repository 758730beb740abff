package id.jembatan.assessment.scoring.dimensions;

import id.jembatan.assessment.scoring.facts.Commitment;
import id.jembatan.assessment.scoring.facts.LoanTerms;
import id.jembatan.assessment.scoring.finance.Finance;
import id.jembatan.assessment.scoring.model.ScoringModel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The Indonesian party's commitments in IDR, as the fiscal dimension weighs them.
 *
 * @param peakYear              calendar year with the largest scheduled outlays, empty when none is scheduled
 * @param peakYearOutlays       scheduled outlays of that year
 * @param annualDebtService     level yearly repayment of all loans with complete terms
 * @param foreignCurrencyAmount all commitments not in IDR, converted
 */
record Obligations(OptionalInt peakYear, double peakYearOutlays, double unscheduledOutlays, double loanPrincipal,
                   double annualDebtService, int loansWithIncompleteTerms, double guarantees,
                   double foreignCurrencyAmount) {

    /** @param commitments the Indonesian party's commitments, all in currencies the model can convert */
    static Obligations of(List<Commitment> commitments, ScoringModel model) {
        TreeMap<Integer, Double> outlaysByYear = new TreeMap<>();
        double unscheduled = 0;
        double principal = 0;
        double debtService = 0;
        int incomplete = 0;
        double guarantees = 0;
        double foreign = 0;
        for (Commitment commitment : commitments) {
            double amount = idr(commitment.amount(), commitment.currency(), model);
            if (!commitment.currency().equals(Indonesia.CURRENCY)) {
                foreign += amount;
            }
            switch (commitment.kind()) {
                case GUARANTEE -> guarantees += amount;
                case LOAN -> {
                    principal += amount;
                    LoanTerms terms = commitment.loan();
                    if (terms == null || terms.interestRate() == null || terms.maturityYears() == null) {
                        incomplete++;
                    } else {
                        debtService += Finance.annuityPayment(amount, terms.interestRate().doubleValue(),
                                repaymentYears(terms));
                    }
                }
                default -> {
                    if (commitment.schedule().isEmpty()) {
                        unscheduled += amount;
                    } else {
                        for (Map.Entry<Integer, BigDecimal> year : commitment.schedule().entrySet()) {
                            outlaysByYear.merge(year.getKey(), idr(year.getValue(), commitment.currency(), model),
                                    Double::sum);
                        }
                    }
                }
            }
        }
        OptionalInt peakYear = OptionalInt.empty();
        double peakOutlays = 0;
        for (Map.Entry<Integer, Double> year : outlaysByYear.entrySet()) {
            if (peakYear.isEmpty() || year.getValue() > peakOutlays) {
                peakYear = OptionalInt.of(year.getKey());
                peakOutlays = year.getValue();
            }
        }
        return new Obligations(peakYear, peakOutlays, unscheduled, principal, debtService, incomplete, guarantees,
                foreign);
    }

    /** What the region may have to pay in its heaviest year. */
    double peakAnnual() {
        return peakYearOutlays + unscheduledOutlays + annualDebtService;
    }

    /**
     * Repayment runs from the end of the grace period to maturity; a grace period as long as the maturity
     * would mean repaying everything at once, so at least one year is kept.
     */
    private static int repaymentYears(LoanTerms terms) {
        int grace = terms.gracePeriodYears() == null ? 0 : terms.gracePeriodYears();
        return Math.max(1, terms.maturityYears() - grace);
    }

    private static double idr(BigDecimal amount, String currency, ScoringModel model) {
        return model.toIdr(amount, currency).orElseThrow().doubleValue();
    }
}
