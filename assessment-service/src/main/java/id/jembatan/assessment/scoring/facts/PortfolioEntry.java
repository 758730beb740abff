package id.jembatan.assessment.scoring.facts;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * One agreement of a portfolio, reduced to what concentration needs; or, with {@code agreements > 1} and no id,
 * that many agreements of one partner country and state with their values summed (how a national portfolio of
 * 100,000 agreements stays small enough to store with every assessment).
 *
 * @param live whether it counts in a live portfolio, as agreements-service publishes it (its one definition)
 */
public record PortfolioEntry(UUID agreementId, String partnerCountry, BigDecimal committedValueIdr, String state,
                             boolean live, Integer signingYear, int agreements) {
    public PortfolioEntry {
        Objects.requireNonNull(partnerCountry, "partnerCountry");
        Objects.requireNonNull(state, "state");
        if (agreements < 1) {
            throw new IllegalArgumentException("an entry stands for at least one agreement");
        }
    }

    public PortfolioEntry(UUID agreementId, String partnerCountry, BigDecimal committedValueIdr, String state,
                          boolean live, Integer signingYear) {
        this(agreementId, partnerCountry, committedValueIdr, state, live, signingYear, 1);
    }

    /** How many agreements the entries stand for. */
    public static int count(java.util.List<PortfolioEntry> entries) {
        return entries.stream().mapToInt(PortfolioEntry::agreements).sum();
    }
}
