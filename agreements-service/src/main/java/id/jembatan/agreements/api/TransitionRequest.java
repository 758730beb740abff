package id.jembatan.agreements.api;

import id.jembatan.agreements.domain.Action;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "TransitionRequest", description = "A lifecycle action with its date and evidence")
public record TransitionRequest(
        @NotNull @Schema(example = "DPRD_APPROVE") Action action,
        @Schema(description = "When it happened; today when empty", example = "2026-02-10") LocalDate date,
        @Size(max = 2000) String note,
        @Size(max = 200) @Schema(description = "Evidence, e.g. the DPRD decision number", example = "Keputusan DPRD Kota Serang No. 15/2026") String reference,
        @Pattern(regexp = "[0-9a-f]{64}") @Schema(description = "SHA-256 of the evidence document") String documentSha256) {
}
