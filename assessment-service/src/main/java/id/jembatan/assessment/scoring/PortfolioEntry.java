package id.jembatan.assessment.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/** One agreement of a portfolio, reduced to what concentration needs. */
public record PortfolioEntry(UUID agreementId, String partnerCountry, BigDecimal committedValueIdr, String state,
                             Integer signingYear) {
    public PortfolioEntry {
        Objects.requireNonNull(partnerCountry, "partnerCountry");
        Objects.requireNonNull(state, "state");
    }
}
