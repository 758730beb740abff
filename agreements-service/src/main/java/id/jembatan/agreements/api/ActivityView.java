package id.jembatan.agreements.api;

import id.jembatan.agreements.domain.ActivityKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Activity", description = "One entry of the implementation log with its outputs, as recorded")
public record ActivityView(UUID id, ActivityKind kind, LocalDate occurredOn, String description, List<String> organisations,
                           int peopleTrained, BigDecimal exportValue, BigDecimal investmentValue, String currency,
                           Instant recordedAt, String recordedBy) {
}
