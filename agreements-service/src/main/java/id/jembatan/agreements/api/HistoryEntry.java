package id.jembatan.agreements.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "HistoryEntry", description = "One change in the append-only audit trail, with the agreement before it (absent for the registration) and after it")
public record HistoryEntry(long id, Instant at, @Schema(example = "serang-officer") String actor,
                           @Schema(example = "TRANSITION:SUBMIT_TO_DPRD") String action,
                           @Schema(implementation = AgreementView.class) JsonNode before,
                           @Schema(implementation = AgreementView.class) JsonNode after,
                           String note, String requestId) {
}
