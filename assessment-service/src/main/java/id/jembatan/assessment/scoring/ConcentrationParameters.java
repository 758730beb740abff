package id.jembatan.assessment.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * @param hhiModerate            HHI from which a portfolio is moderately concentrated
 * @param hhiHigh                HHI from which it is highly concentrated
 * @param dominantPartnerShare   a partner country holding more than this share of the live agreements dominates
 * @param diversificationTargets countries (ISO alpha-2) or blocs whose absence from the portfolio is reported
 */
public record ConcentrationParameters(int hhiModerate, int hhiHigh, BigDecimal dominantPartnerShare,
                                      List<String> diversificationTargets) {
    public ConcentrationParameters {
        if (!(0 < hhiModerate && hhiModerate < hhiHigh && hhiHigh <= 10_000)) {
            throw new IllegalArgumentException("HHI thresholds must satisfy 0 < moderate < high <= 10000");
        }
        Objects.requireNonNull(dominantPartnerShare, "dominantPartnerShare");
        diversificationTargets = Copies.list(diversificationTargets);
    }
}
