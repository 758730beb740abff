package id.jembatan.assessment.scoring.dimensions;

import id.jembatan.assessment.scoring.facts.AgreementFacts;
import id.jembatan.assessment.scoring.facts.ClauseKind;
import id.jembatan.assessment.scoring.finance.CashFlowAnalysis;
import id.jembatan.assessment.scoring.model.BenefitParameters;
import id.jembatan.assessment.scoring.model.ScoringModel;


/**
 * How much the agreement promises and delivers, from 0 to 100; unlike the risk scores, higher is better.
 * Four parts, weighted by the model (version 1: 40/20/20/20):
 * <ul>
 *   <li>benefit-cost ratio, linear up to {@code bcrForFullPoints}; none without an analysis or costs;</li>
 *   <li>people trained: progress against the target, or without a target t/(t + half) so that early
 *       trainees count most and the part never quite fills;</li>
 *   <li>realised exports plus investment v (IDR) the same way, v/(v + half);</li>
 *   <li>technology: half for a technology-transfer clause, half for a workforce-training clause.</li>
 * </ul>
 */
public final class BenefitScore {
    private BenefitScore() {
    }

    public static int of(AgreementFacts agreement, ScoringModel model) {
        BenefitParameters weights = model.benefit();
        double bcr = 0;
        if (agreement.costBenefit() != null) {
            bcr = CashFlowAnalysis.of(agreement.costBenefit(), model).scenario(1, 1).bcr().orElse(0);
        }
        double bcrPart = clamp(bcr / weights.bcrForFullPoints().doubleValue());

        int trained = agreement.outputs().peopleTrained();
        Integer target = agreement.trainingTarget();
        double trainingPart = target != null && target > 0
                ? clamp((double) trained / target)
                : saturating(trained, weights.peopleTrainedForHalfPoints());

        double output = agreement.outputs().exportValueIdr().add(agreement.outputs().investmentValueIdr()).doubleValue();
        double outputPart = saturating(output, weights.outputValueIdrForHalfPoints().doubleValue());

        double technologyPart = (agreement.hasClause(ClauseKind.TECHNOLOGY_TRANSFER) ? 0.5 : 0)
                + (agreement.hasClause(ClauseKind.LOCAL_WORKFORCE_TRAINING) ? 0.5 : 0);

        return (int) Math.round(weights.bcrPoints() * bcrPart + weights.trainingPoints() * trainingPart
                + weights.outputValuePoints() * outputPart + weights.technologyPoints() * technologyPart);
    }

    private static double saturating(double value, double half) {
        return value <= 0 ? 0 : value / (value + half);
    }

    private static double clamp(double share) {
        return Math.max(0, Math.min(1, share));
    }
}
