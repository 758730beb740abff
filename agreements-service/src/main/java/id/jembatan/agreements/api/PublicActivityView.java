package id.jembatan.agreements.api;

import id.jembatan.agreements.domain.ActivityKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An entry of a public agreement's implementation log: what was done and what came of it, not who recorded it. */
@Schema(name = "PublicActivity", description = "One entry of a public agreement's implementation log with its outputs, "
        + "without the account that recorded it")
public record PublicActivityView(UUID id, ActivityKind kind, LocalDate occurredOn, String description, List<String> organisations,
                                 int peopleTrained, BigDecimal exportValue, BigDecimal investmentValue, String currency,
                                 Instant recordedAt) {

    public static PublicActivityView of(ActivityView activity) {
        return new PublicActivityView(activity.id(), activity.kind(), activity.occurredOn(), activity.description(),
                activity.organisations(), activity.peopleTrained(), activity.exportValue(), activity.investmentValue(),
                activity.currency(), activity.recordedAt());
    }
}
