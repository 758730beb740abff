package id.jembatan.assessment.scoring.model;

/** Severity of a single finding, derived from the risk points the scoring model gives its rule. */
public enum Severity {
    INFO,
    WARNING,
    CRITICAL;

    /**
     * A rule without points only informs; a rule whose points alone bring a dimension to HIGH is critical.
     */
    public static Severity of(int points, LevelCutoffs cutoffs) {
        if (points == 0) {
            return INFO;
        }
        return points >= cutoffs.high() ? CRITICAL : WARNING;
    }
}
