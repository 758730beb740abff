package id.jembatan.assessment.api;

import com.fasterxml.jackson.databind.JsonNode;
import id.jembatan.assessment.scoring.model.AssessmentResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "PublicAssessment", description = "The latest assessment of a public agreement, as the public may see it: "
        + "every dimension's score and level, findings (with the regulations they cite) and recommendations, without the metrics and other evidence (some are "
        + "computed over the whole registry, confidential agreements included) and without the partner-concentration "
        + "findings, for the same reason; GET /public/portfolio gives the public registry's concentration")
public record PublicAssessmentView(
        UUID id,
        UUID agreementId,
        @Schema(description = "The agreement version that was assessed") long agreementVersion,
        @Schema(example = "2") int modelVersion,
        @Schema(description = "The date the assessment was made for") LocalDate asOf,
        @Schema(description = "SHA-256 of the inputs and the model version: equal hashes give equal results") String inputsHash,
        @Schema(description = "The agreement changed after this assessment") boolean stale,
        Instant staleSince,
        Instant createdAt,
        @Schema(implementation = AssessmentResult.class) JsonNode result) {
}
