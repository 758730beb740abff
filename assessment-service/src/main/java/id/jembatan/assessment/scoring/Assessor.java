package id.jembatan.assessment.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Entry point: assesses one agreement with one scoring model. A pure function of its arguments, so the
 * same inputs always give an equal result; the date is an argument for the same reason.
 */
public final class Assessor {
    private Assessor() {
    }

    /**
     * @param asOf the day the assessment is made for: it decides the previous budget year for borrowing
     *             limits and how far training should have progressed
     */
    public static AssessmentResult assess(AgreementFacts agreement, PortfolioFacts portfolio, ScoringModel model,
                                          LocalDate asOf) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(asOf, "asOf");
        List<DimensionResult> dimensions = List.of(
                TransparencyDimension.evaluate(agreement, model),
                CostBenefitDimension.evaluate(agreement, model),
                FiscalExposureDimension.evaluate(agreement, model, asOf),
                PartnerConcentrationDimension.evaluate(agreement, portfolio, model),
                TechnologyTransferDimension.evaluate(agreement, model, asOf),
                DigitalSovereigntyDimension.evaluate(agreement, model),
                EnvironmentalSocialDimension.evaluate(agreement, model),
                PolicyAlignmentDimension.evaluate(agreement, model));
        int overall = overallRisk(dimensions, model);
        List<Recommendation> recommendations = dimensions.stream()
                .flatMap(d -> d.recommendations().stream())
                .sorted(DimensionBuilder.recommendationOrder())
                .toList();
        return new AssessmentResult(model.version(), dimensions, overall, overallLevel(overall, dimensions, model),
                BenefitScore.of(agreement, model), recommendations);
    }

    /** Weighted mean of the dimension scores, rounded half up. */
    static int overallRisk(List<DimensionResult> dimensions, ScoringModel model) {
        double weighted = 0;
        double weights = 0;
        for (DimensionResult dimension : dimensions) {
            int weight = model.weights().get(dimension.dimension());
            weighted += weight * dimension.score();
            weights += weight;
        }
        return (int) Math.round(weighted / weights);
    }

    /**
     * The level of the overall score, but at least HIGH when any dimension is CRITICAL: a mean must not
     * average a critical risk away.
     */
    static Level overallLevel(int overallRisk, List<DimensionResult> dimensions, ScoringModel model) {
        Level level = model.levelCutoffs().levelOf(overallRisk);
        boolean anyCritical = dimensions.stream().anyMatch(d -> d.level() == Level.CRITICAL);
        return anyCritical && level.compareTo(Level.HIGH) < 0 ? Level.HIGH : level;
    }
}
