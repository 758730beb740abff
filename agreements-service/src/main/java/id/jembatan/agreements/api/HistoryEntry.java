package id.jembatan.agreements.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "HistoryEntry", description = "One change in the append-only audit trail")
public record HistoryEntry(long id, Instant at, @Schema(example = "serang-officer") String actor,
                           @Schema(example = "TRANSITION:SUBMIT_TO_DPRD") String action,
                           @Schema(implementation = AgreementView.class, description = "The agreement before the change") JsonNode before,
                           @Schema(implementation = AgreementView.class, description = "The agreement after the change") JsonNode after,
                           String note, String requestId) {
}
