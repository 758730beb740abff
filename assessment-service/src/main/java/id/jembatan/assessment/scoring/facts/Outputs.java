package id.jembatan.assessment.scoring.facts;

import java.math.BigDecimal;

/**
 * What an agreement has produced so far, summed over its implementation log by agreements-service as activities
 * are recorded, the values converted to rupiah at the deployment's reference rates (amounts in an activity's own
 * currency would not add up).
 *
 * @param exportValueIdr     exports realised, in IDR
 * @param investmentValueIdr investment realised, in IDR
 */
public record Outputs(int peopleTrained, BigDecimal exportValueIdr, BigDecimal investmentValueIdr) {

    public static final Outputs NONE = new Outputs(0, BigDecimal.ZERO, BigDecimal.ZERO);

    public Outputs {
        exportValueIdr = exportValueIdr == null ? BigDecimal.ZERO : exportValueIdr;
        investmentValueIdr = investmentValueIdr == null ? BigDecimal.ZERO : investmentValueIdr;
    }
}
