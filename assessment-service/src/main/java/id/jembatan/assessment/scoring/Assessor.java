package id.jembatan.assessment.scoring;

import id.jembatan.assessment.scoring.dimensions.BenefitScore;
import id.jembatan.assessment.scoring.dimensions.CostBenefitDimension;
import id.jembatan.assessment.scoring.dimensions.DigitalSovereigntyDimension;
import id.jembatan.assessment.scoring.dimensions.DimensionBuilder;
import id.jembatan.assessment.scoring.dimensions.EnvironmentalSocialDimension;
import id.jembatan.assessment.scoring.dimensions.FiscalExposureDimension;
import id.jembatan.assessment.scoring.dimensions.PartnerConcentrationDimension;
import id.jembatan.assessment.scoring.dimensions.PolicyAlignmentDimension;
import id.jembatan.assessment.scoring.dimensions.TechnologyTransferDimension;
import id.jembatan.assessment.scoring.dimensions.TransparencyDimension;
import id.jembatan.assessment.scoring.facts.AgreementFacts;
import id.jembatan.assessment.scoring.facts.PortfolioFacts;
import id.jembatan.assessment.scoring.model.AssessmentResult;
import id.jembatan.assessment.scoring.model.DimensionResult;
import id.jembatan.assessment.scoring.model.Level;
import id.jembatan.assessment.scoring.model.Recommendation;
import id.jembatan.assessment.scoring.model.ScoringModel;

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
