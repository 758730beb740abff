package id.jembatan.assessment.scoring.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How the 0–100 benefit score is composed; the four point shares add up to 100.
 *
 * @param bcrForFullPoints            benefit-cost ratio that earns all of {@code bcrPoints}
 * @param peopleTrainedForHalfPoints  people trained that earn half of {@code trainingPoints} when there is no target
 * @param outputValueIdrForHalfPoints realised exports plus investment (IDR) that earn half of {@code outputValuePoints}
 */
public record BenefitParameters(int bcrPoints, int trainingPoints, int outputValuePoints, int technologyPoints,
                                BigDecimal bcrForFullPoints, int peopleTrainedForHalfPoints,
                                BigDecimal outputValueIdrForHalfPoints) {
    public BenefitParameters {
        Objects.requireNonNull(bcrForFullPoints, "bcrForFullPoints");
        Objects.requireNonNull(outputValueIdrForHalfPoints, "outputValueIdrForHalfPoints");
        if (bcrPoints + trainingPoints + outputValuePoints + technologyPoints != 100) {
            throw new IllegalArgumentException("benefit points must add up to 100");
        }
    }
}
