package id.jembatan.agreements.api;

import id.jembatan.agreements.domain.PartnerCriterion;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerCriteriaExceptionRequest", description = "A ministry reviewer's exception to a partner criterion the agreement does not meet")
public record PartnerCriteriaExceptionRequest(
        @NotNull @Schema(example = "DIPLOMATIC_RELATIONS") PartnerCriterion criterion,
        @NotBlank @Size(max = 200) @Schema(description = "The ministry's decision allowing the exception", example = "Surat Kemlu No. 123/2026") String reference,
        @Size(max = 2000) String note) {
}
