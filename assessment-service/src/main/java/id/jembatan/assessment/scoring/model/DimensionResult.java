package id.jembatan.assessment.scoring.model;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one dimension.
 *
 * @param score   risk from 0 to 100, higher is riskier
 * @param metrics computed figures such as npv, bcr, irr or hhi, whether or not a rule fired on them
 */
public record DimensionResult(Dimension dimension, int score, Level level, List<Finding> findings,
                              List<Recommendation> recommendations, Map<String, Object> metrics) {
    public DimensionResult {
        findings = Copies.list(findings);
        recommendations = Copies.list(recommendations);
        metrics = metrics == null ? Map.of() : metrics;
    }
}
