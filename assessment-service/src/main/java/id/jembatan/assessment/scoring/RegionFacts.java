package id.jembatan.assessment.scoring;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * The Indonesian party.
 *
 * @param code                      Kemendagri code, e.g. 36.73
 * @param level                     1 = province, 2 = regency or city
 * @param budgetRevenueByYear       APBD revenue in IDR by calendar year; empty when unknown
 * @param budgetRevenueIllustrative true when the revenue figures are demo values, not official
 */
public record RegionFacts(String code, String name, int level, String provinceCode,
                          Map<Integer, BigDecimal> budgetRevenueByYear, boolean budgetRevenueIllustrative) {
    public RegionFacts {
        Objects.requireNonNull(code, "code");
        budgetRevenueByYear = Copies.sortedMap(budgetRevenueByYear);
    }
}
