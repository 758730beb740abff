package id.jembatan.assessment.scoring.facts;

import id.jembatan.assessment.scoring.model.Copies;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * A financial commitment of one party.
 *
 * @param schedule calendar year to amount, in {@code currency}; empty when no schedule was given
 * @param loan     terms when {@code kind} is {@link CommitmentKind#LOAN}, otherwise usually null
 */
public record Commitment(Obligor obligor, CommitmentKind kind, BigDecimal amount, String currency,
                         Map<Integer, BigDecimal> schedule, LoanTerms loan) {
    public Commitment {
        Objects.requireNonNull(obligor, "obligor");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        schedule = Copies.sortedMap(schedule);
    }
}
