package id.jembatan.assessment.scoring.model;

import java.util.List;

/**
 * The outcome of an assessment.
 *
 * @param dimensions      one result per {@link Dimension}, in declaration order
 * @param benefitScore    0 to 100, higher is more benefit
 * @param recommendations all dimensions' recommendations by weight descending, then rule id
 */
public record AssessmentResult(int modelVersion, List<DimensionResult> dimensions, int overallRisk,
                               Level overallLevel, int benefitScore, List<Recommendation> recommendations) {
    public AssessmentResult {
        dimensions = Copies.list(dimensions);
        recommendations = Copies.list(recommendations);
    }
}
