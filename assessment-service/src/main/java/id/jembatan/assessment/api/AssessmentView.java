package id.jembatan.assessment.api;

import com.fasterxml.jackson.databind.JsonNode;
import id.jembatan.assessment.scoring.model.AssessmentResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Assessment", description = "An immutable assessment of one version of an agreement")
public record AssessmentView(
        UUID id,
        UUID agreementId,
        @Schema(description = "The agreement version that was assessed") long agreementVersion,
        @Schema(example = "36.73") String regionCode,
        @Schema(example = "1") int modelVersion,
        @Schema(description = "The date the assessment was made for") LocalDate asOf,
        @Schema(description = "SHA-256 of the inputs and the model version: equal hashes give equal results") String inputsHash,
        @Schema(description = "The agreement changed after this assessment; run a new one") boolean stale,
        Instant staleSince,
        Instant createdAt,
        String createdBy,
        @Schema(implementation = AssessmentResult.class) JsonNode result) {
}
