package id.jembatan.assessment.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "AssessmentRequest", description = "The agreement to assess, and the scoring model version to assess it with")
public record AssessmentRequest(@NotNull @Schema(description = "The agreement to assess") UUID agreementId,
                                @Schema(description = "Scoring model version; the latest when empty", example = "1") Integer modelVersion) {
}
