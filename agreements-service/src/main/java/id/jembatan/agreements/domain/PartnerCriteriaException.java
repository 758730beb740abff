package id.jembatan.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * A ministry reviewer's recorded exception to a partner criterion for one agreement (not a Java exception): the
 * agreement may go on past exploration although the criterion is not met.
 */
@Schema(name = "PartnerCriteriaException", description = "A ministry reviewer's recorded exception to a partner criterion")
public record PartnerCriteriaException(
        PartnerCriterion criterion,
        @Schema(description = "The ministry's decision allowing the exception", example = "Surat Kemlu No. 123/2026") String reference,
        String note,
        @Schema(description = "The reviewer who recorded it") String recordedBy,
        Instant recordedAt) {
}
