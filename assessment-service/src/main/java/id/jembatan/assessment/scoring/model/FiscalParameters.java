package id.jembatan.assessment.scoring.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * @param exposureModerate            peak yearly obligations above this share of revenue are a moderate exposure
 * @param exposureHigh                ... high exposure
 * @param exposureCritical            ... critical exposure
 * @param borrowingCeilingShare       loans may not exceed this share of the previous year's revenue
 * @param minimumDscr                 revenue must cover yearly debt service at least this many times
 * @param revenueNeededOnlyWithObligations whether an unknown revenue is a risk only when the region commits
 *                                    something (from version 2: without an obligation there is nothing to measure,
 *                                    so the dimension is "not assessable", an INFO); absent in a stored model,
 *                                    false, as version 1 was made
 */
public record FiscalParameters(BigDecimal exposureModerate, BigDecimal exposureHigh, BigDecimal exposureCritical,
                               BigDecimal borrowingCeilingShare, BigDecimal minimumDscr,
                               Boolean revenueNeededOnlyWithObligations) {
    public FiscalParameters {
        Objects.requireNonNull(borrowingCeilingShare, "borrowingCeilingShare");
        Objects.requireNonNull(minimumDscr, "minimumDscr");
        if (!(exposureModerate.compareTo(exposureHigh) < 0 && exposureHigh.compareTo(exposureCritical) < 0)) {
            throw new IllegalArgumentException("exposure thresholds must be ascending");
        }
        revenueNeededOnlyWithObligations = Boolean.TRUE.equals(revenueNeededOnlyWithObligations);
    }
}
