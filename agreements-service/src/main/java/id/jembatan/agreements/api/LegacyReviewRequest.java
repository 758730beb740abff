package id.jembatan.agreements.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LegacyReviewRequest", description = "A ministry reviewer's decision on a legacy registration that declares a ministry decision")
public record LegacyReviewRequest(
        @NotNull @Schema(description = "CONFIRM: the declared approvals are checked and stand; RETURN: back to the region to correct")
        Decision decision,
        @NotBlank @Size(max = 200) @Schema(description = "The ministry's reference for the review", example = "Kemendagri B/100/2026") String reference,
        @Size(max = 2000) String note) {

    @Schema(name = "LegacyReviewDecision", description = "CONFIRM or RETURN")
    public enum Decision {
        CONFIRM, RETURN
    }
}
