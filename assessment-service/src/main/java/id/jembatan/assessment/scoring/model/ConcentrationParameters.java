package id.jembatan.assessment.scoring.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * @param hhiModerate                    HHI from which a portfolio is moderately concentrated
 * @param hhiHigh                        HHI from which it is highly concentrated
 * @param dominantPartnerShare           a partner country holding more than this share of the live agreements
 *                                       dominates
 * @param diversificationTargets         countries (ISO alpha-2) or blocs whose absence from the portfolio is reported
 * @param smallPortfolioCoversDominance  whether the small-portfolio rule also silences the dominant-partner rule
 *                                       (from version 2: one agreement with Japan is not "dependence on Japan");
 *                                       absent in a stored model, false, as version 1 was made
 * @param judgeAgreementEffect           whether concentration risks are charged only to an agreement that raises
 *                                       concentration (HHI with it above the HHI without it) or deepens the dominant
 *                                       partner's share (from version 2); absent in a stored model, false
 */
public record ConcentrationParameters(int hhiModerate, int hhiHigh, BigDecimal dominantPartnerShare,
                                      List<String> diversificationTargets, Boolean smallPortfolioCoversDominance,
                                      Boolean judgeAgreementEffect) {
    public ConcentrationParameters {
        if (!(0 < hhiModerate && hhiModerate < hhiHigh && hhiHigh <= 10_000)) {
            throw new IllegalArgumentException("HHI thresholds must satisfy 0 < moderate < high <= 10000");
        }
        Objects.requireNonNull(dominantPartnerShare, "dominantPartnerShare");
        diversificationTargets = Copies.list(diversificationTargets);
        smallPortfolioCoversDominance = Boolean.TRUE.equals(smallPortfolioCoversDominance);
        judgeAgreementEffect = Boolean.TRUE.equals(judgeAgreementEffect);
    }
}
