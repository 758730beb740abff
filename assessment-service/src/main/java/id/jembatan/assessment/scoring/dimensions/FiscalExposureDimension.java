package id.jembatan.assessment.scoring.dimensions;

import id.jembatan.assessment.scoring.facts.AgreementFacts;
import id.jembatan.assessment.scoring.facts.Commitment;
import id.jembatan.assessment.scoring.facts.Obligor;
import id.jembatan.assessment.scoring.model.Dimension;
import id.jembatan.assessment.scoring.model.DimensionResult;
import id.jembatan.assessment.scoring.model.FiscalParameters;
import id.jembatan.assessment.scoring.model.Rule;
import id.jembatan.assessment.scoring.model.ScoringModel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The long-term fiscal obligations the article warns about (the Jakarta–Bandung railway case): the
 * region's own commitments against its revenue, and its loans against the limits of PP 56/2018.
 *
 * <p>Only commitments of the Indonesian party count. Per calendar year they add the scheduled outlays
 * (grants, equity, in-kind, budget allocations); unscheduled outlays and the yearly debt service of loans
 * are added to the peak year, which overstates rather than hides the burden. Guarantees are contingent, so
 * they are reported, not added.
 */
public final class FiscalExposureDimension {
    private FiscalExposureDimension() {
    }

    public static DimensionResult evaluate(AgreementFacts agreement, ScoringModel model, LocalDate asOf) {
        DimensionBuilder result = new DimensionBuilder(Dimension.FISCAL_EXPOSURE, model);
        FiscalParameters limits = model.fiscal();
        List<Commitment> own = agreement.commitments().stream()
                .filter(c -> c.obligor() == Obligor.INDONESIAN_PARTY).toList();

        List<String> unknownCurrencies = own.stream().map(Commitment::currency)
                .filter(currency -> model.toIdr(BigDecimal.ONE, currency).isEmpty()).distinct().sorted().toList();
        if (!unknownCurrencies.isEmpty()) {
            result.add(Rule.FISCAL_UNKNOWN_CURRENCY, Values.evidence("currencies", unknownCurrencies));
        }
        List<Commitment> priced = own.stream()
                .filter(c -> !unknownCurrencies.contains(c.currency())).toList();

        Obligations obligations = Obligations.of(priced, model);
        result.metric("unscheduledOutlaysIdr", Values.round(obligations.unscheduledOutlays(), Values.MONEY_SCALE))
                .metric("loanPrincipalIdr", Values.round(obligations.loanPrincipal(), Values.MONEY_SCALE))
                .metric("annualDebtServiceIdr", Values.round(obligations.annualDebtService(), Values.MONEY_SCALE))
                .metric("guaranteesIdr", Values.round(obligations.guarantees(), Values.MONEY_SCALE))
                .metric("peakAnnualObligationIdr", Values.round(obligations.peakAnnual(), Values.MONEY_SCALE));
        obligations.peakYear().ifPresent(year -> result.metric("peakOutlayYear", year));

        List<String> foreignCurrencies = own.stream().map(Commitment::currency)
                .filter(currency -> !currency.equals(Indonesia.CURRENCY)).distinct().sorted().toList();
        if (!foreignCurrencies.isEmpty()) {
            result.add(Rule.FISCAL_FOREIGN_CURRENCY, Values.evidence("currencies", foreignCurrencies,
                    "amountIdr", Values.round(obligations.foreignCurrencyAmount(), Values.MONEY_SCALE)));
        }
        if (obligations.guarantees() > 0) {
            result.add(Rule.FISCAL_CONTINGENT_GUARANTEE, Values.evidence(
                    "amountIdr", Values.round(obligations.guarantees(), Values.MONEY_SCALE)));
        }
        if (obligations.unscheduledOutlays() > 0) {
            result.add(Rule.FISCAL_UNSCHEDULED_OBLIGATIONS, Values.evidence(
                    "amountIdr", Values.round(obligations.unscheduledOutlays(), Values.MONEY_SCALE)));
        }
        if (obligations.loansWithIncompleteTerms() > 0) {
            result.add(Rule.FISCAL_LOAN_TERMS_INCOMPLETE,
                    Values.evidence("loans", obligations.loansWithIncompleteTerms()));
        }

        NavigableMap<Integer, BigDecimal> revenue = new TreeMap<>();
        agreement.region().budgetRevenueByYear().forEach((year, amount) -> {
            if (amount.signum() > 0) {
                revenue.put(year, amount);
            }
        });
        if (revenue.isEmpty()) {
            boolean commitsSomething = own.stream().anyMatch(c -> c.amount().signum() > 0);
            if (limits.revenueNeededOnlyWithObligations() && !commitsSomething) {
                // Nothing of the region's is at stake, so an unknown revenue hides no risk: say so, without points.
                return result.add(Rule.FISCAL_NOT_ASSESSABLE, Values.evidence("regionCode", agreement.region().code(),
                        "regionCommitments", 0)).build();
            }
            // Never a silent zero: without revenue nothing above can be judged, and that is a risk itself.
            return result.add(Rule.FISCAL_REVENUE_MISSING, Values.evidence("regionCode", agreement.region().code(),
                    "peakAnnualObligationIdr", Values.round(obligations.peakAnnual(), Values.MONEY_SCALE))).build();
        }
        if (agreement.region().budgetRevenueIllustrative()) {
            result.add(Rule.FISCAL_REVENUE_ILLUSTRATIVE, Values.evidence("regionCode", agreement.region().code()));
        }

        Map.Entry<Integer, BigDecimal> latest = revenue.lastEntry();
        double exposure = obligations.peakAnnual() / latest.getValue().doubleValue();
        // The assessment states the revenue figure it measured against: its year, amount and source.
        result.metric("revenueYear", latest.getKey())
                .metric("revenueIdr", latest.getValue())
                .metric("exposureRatio", Values.round(exposure, Values.RATIO_SCALE));
        String source = agreement.region().budgetRevenueSources().get(latest.getKey());
        if (source != null) {
            result.metric("revenueSource", source);
        }
        Rule band = exposureBand(exposure, limits);
        if (band != null) {
            result.add(band, Values.evidence("peakAnnualObligationIdr",
                    Values.round(obligations.peakAnnual(), Values.MONEY_SCALE), "revenueIdr", latest.getValue(),
                    "revenueYear", latest.getKey(), "exposureRatio", Values.round(exposure, Values.RATIO_SCALE)),
                    Values.percent(exposure));
        }

        if (obligations.loanPrincipal() > 0) {
            // PP 56/2018 measures loans against the previous year's revenue; fall back to the latest known.
            Map.Entry<Integer, BigDecimal> previous = revenue.lowerEntry(asOf.getYear());
            Map.Entry<Integer, BigDecimal> basis = previous != null ? previous : latest;
            double ceiling = limits.borrowingCeilingShare().doubleValue() * basis.getValue().doubleValue();
            result.metric("borrowingRevenueYear", basis.getKey())
                    .metric("borrowingCeilingIdr", Values.round(ceiling, Values.MONEY_SCALE));
            if (obligations.loanPrincipal() > ceiling) {
                result.add(Rule.FISCAL_BORROWING_CEILING_EXCEEDED, Values.evidence(
                        "loanPrincipalIdr", Values.round(obligations.loanPrincipal(), Values.MONEY_SCALE),
                        "borrowingCeilingIdr", Values.round(ceiling, Values.MONEY_SCALE),
                        "revenueYear", basis.getKey()), Values.percent(limits.borrowingCeilingShare().doubleValue()));
            }
            if (obligations.annualDebtService() > 0) {
                double dscr = basis.getValue().doubleValue() / obligations.annualDebtService();
                result.metric("dscr", Values.round(dscr, Values.RATIO_SCALE));
                if (dscr < limits.minimumDscr().doubleValue()) {
                    result.add(Rule.FISCAL_DSCR_BELOW_MINIMUM, Values.evidence(
                            "dscr", Values.round(dscr, Values.RATIO_SCALE),
                            "annualDebtServiceIdr", Values.round(obligations.annualDebtService(), Values.MONEY_SCALE),
                            "revenueIdr", basis.getValue(), "revenueYear", basis.getKey(),
                            "minimumDscr", limits.minimumDscr()),
                            Values.round(dscr, 2).toPlainString(), limits.minimumDscr().toPlainString());
                }
            }
        }
        return result.build();
    }

    private static Rule exposureBand(double exposure, FiscalParameters limits) {
        if (exposure > limits.exposureCritical().doubleValue()) {
            return Rule.FISCAL_EXPOSURE_CRITICAL;
        }
        if (exposure > limits.exposureHigh().doubleValue()) {
            return Rule.FISCAL_EXPOSURE_HIGH;
        }
        return exposure > limits.exposureModerate().doubleValue() ? Rule.FISCAL_EXPOSURE_MODERATE : null;
    }
}
