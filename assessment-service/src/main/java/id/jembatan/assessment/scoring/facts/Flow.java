package id.jembatan.assessment.scoring.facts;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * One yearly amount of a cost-benefit analysis.
 *
 * @param year     0-based year of the analysis
 * @param category costs: REGION, PARTNER, THIRD_PARTY; benefits: EXPORTS, TOURISM, INVESTMENT, and the
 *                 counts JOBS and PEOPLE_TRAINED
 */
public record Flow(int year, String category, BigDecimal amount) {
    /** Benefit categories that count people, not money. */
    public static final Set<String> COUNT_CATEGORIES = java.util.Set.of("JOBS", "PEOPLE_TRAINED");

    public Flow {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(amount, "amount");
    }
}
