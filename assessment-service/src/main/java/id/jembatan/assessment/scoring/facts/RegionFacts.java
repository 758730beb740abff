package id.jembatan.assessment.scoring.facts;

import id.jembatan.assessment.scoring.model.Copies;

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
 * @param budgetRevenueSources      where each year's revenue figure comes from (e.g. DJPK's realisation of the year),
 *                                  so that an assessment can state the figure it used
 */
public record RegionFacts(String code, String name, int level, String provinceCode,
                          Map<Integer, BigDecimal> budgetRevenueByYear, boolean budgetRevenueIllustrative,
                          Map<Integer, String> budgetRevenueSources) {
    public RegionFacts {
        Objects.requireNonNull(code, "code");
        budgetRevenueByYear = Copies.sortedMap(budgetRevenueByYear);
        budgetRevenueSources = Copies.sortedMap(budgetRevenueSources);
    }

    /** A region whose revenue figures have no recorded source. */
    public RegionFacts(String code, String name, int level, String provinceCode,
                       Map<Integer, BigDecimal> budgetRevenueByYear, boolean budgetRevenueIllustrative) {
        this(code, name, level, provinceCode, budgetRevenueByYear, budgetRevenueIllustrative, Map.of());
    }
}
