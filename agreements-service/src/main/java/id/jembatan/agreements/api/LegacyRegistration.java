package id.jembatan.agreements.api;

import id.jembatan.agreements.domain.AgreementState;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agreement that exists on paper from before the system, registered directly in its current state. */
@Schema(name = "LegacyRegistration", description = "An agreement that exists on paper from before the system, registered directly in its current state")
public record LegacyRegistration(
        @NotNull @Valid AgreementInput agreement,
        @NotNull @Schema(example = "ACTIVE") AgreementState state,
        @Size(max = 200) @Schema(description = "DPRD decision, if the agreement went through it") String dprdDecisionRef,
        @Size(max = 200) @Schema(description = "Central government approval, if any") String centralApprovalRef,
        @NotBlank @Size(max = 2000) @Schema(example = "Partnership in force since the early 2000s; registered from the paper archive") String note) {
}
