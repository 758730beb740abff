package id.jembatan.assessment.scoring.model;

/**
 * How concentrated a portfolio is by the model's HHI thresholds ({@link ConcentrationParameters}): below the
 * moderate threshold, from it, from the high threshold; or too few agreements for the index to say anything
 * (with n agreements it cannot fall below 10,000 / n), or nothing to measure.
 */
public enum ConcentrationLevel {
    UNCONCENTRATED, MODERATELY_CONCENTRATED, HIGHLY_CONCENTRATED, TOO_FEW_TO_JUDGE, NOT_MEASURABLE;

    /** @param agreements how many agreements the index was computed over; 0 when there was nothing to measure */
    public static ConcentrationLevel of(Double hhi, int agreements, ConcentrationParameters limits) {
        if (hhi == null || agreements == 0) {
            return NOT_MEASURABLE;
        }
        if (10_000.0 / agreements >= limits.hhiHigh()) {
            return TOO_FEW_TO_JUDGE;
        }
        if (hhi >= limits.hhiHigh()) {
            return HIGHLY_CONCENTRATED;
        }
        return hhi >= limits.hhiModerate() ? MODERATELY_CONCENTRATED : UNCONCENTRATED;
    }
}
