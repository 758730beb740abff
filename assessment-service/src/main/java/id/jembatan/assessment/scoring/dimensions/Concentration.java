package id.jembatan.assessment.scoring.dimensions;

import id.jembatan.assessment.scoring.facts.PortfolioEntry;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Herfindahl–Hirschman index of a portfolio by partner country: the sum of squared percentage shares,
 * from near 0 (many equal partners) to 10,000 (one partner).
 *
 * @param hhiByValue     empty when no agreement has a committed value above zero
 * @param withoutValue   agreements whose committed value is missing or zero, left out of the value index
 * @param topPartner     partner country with most agreements; ties go to the first code alphabetically
 * @param topPartnerShare its share of the agreements, in percent
 */
record Concentration(int agreements, int countries, double hhiByCount, OptionalDouble hhiByValue, int withoutValue,
                     String topPartner, double topPartnerShare) {

    /** @param entries a non-empty list of live agreements */
    static Concentration of(List<PortfolioEntry> entries) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Double> values = new TreeMap<>();
        int withoutValue = 0;
        for (PortfolioEntry entry : entries) {
            counts.merge(entry.partnerCountry(), entry.agreements(), Integer::sum);
            BigDecimal value = entry.committedValueIdr();
            if (value == null || value.signum() <= 0) {
                withoutValue += entry.agreements();
            } else {
                values.merge(entry.partnerCountry(), value.doubleValue(), Double::sum);
            }
        }
        String top = null;
        for (Map.Entry<String, Integer> country : counts.entrySet()) {
            if (top == null || country.getValue() > counts.get(top)) {
                top = country.getKey();
            }
        }
        double n = PortfolioEntry.count(entries);
        double totalValue = values.values().stream().mapToDouble(Double::doubleValue).sum();
        return new Concentration((int) n, counts.size(),
                hhi(counts.values().stream().mapToDouble(Integer::doubleValue).toArray(), n),
                totalValue > 0
                        ? OptionalDouble.of(hhi(values.values().stream().mapToDouble(Double::doubleValue).toArray(),
                        totalValue))
                        : OptionalDouble.empty(),
                withoutValue, top, 100 * counts.get(top) / n);
    }

    private static double hhi(double[] parts, double total) {
        double sum = 0;
        for (double part : parts) {
            double share = 100 * part / total;
            sum += share * share;
        }
        return sum;
    }

    /** The higher of the two indices: concentration in either respect counts. */
    double hhi() {
        return Math.max(hhiByCount, hhiByValue.orElse(0));
    }

    /**
     * Whether even a perfectly spread portfolio of this size would reach {@code hhiHigh}: with n
     * agreements the index cannot fall below 10,000 / n, so it says nothing about choices made.
     */
    boolean tooSmallFor(int hhiHigh) {
        return 10_000.0 / agreements >= hhiHigh;
    }

    /** The same reasoning for the value index, which only the agreements with a committed value make. */
    boolean tooFewValuedFor(double threshold) {
        int valued = agreements - withoutValue;
        return valued == 0 || 10_000.0 / valued >= threshold;
    }
}
