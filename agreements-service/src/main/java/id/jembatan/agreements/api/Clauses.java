package id.jembatan.agreements.api;

import id.jembatan.agreements.domain.Clause;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The contract's picture of an agreement's clauses, which the code holds as a map from {@code ClauseKind} to
 * {@code Clause}: one optional property per kind, named as the kind, because generated clients handle named
 * properties far better than a map with constrained keys. Only the annotations of the map fields refer to it.
 */
@Schema(name = "Clauses", description = "The safeguard clauses recorded for an agreement, at most one per kind")
record Clauses(
        @Schema(description = "Cost-benefit analysis clause") Clause COST_BENEFIT_ANALYSIS,
        @Schema(description = "Environmental protection clause") Clause ENVIRONMENTAL_PROTECTION,
        @Schema(description = "Fiscal provisions clause") Clause FISCAL_PROVISIONS,
        @Schema(description = "Technology transfer clause") Clause TECHNOLOGY_TRANSFER,
        @Schema(description = "Local workforce training clause") Clause LOCAL_WORKFORCE_TRAINING,
        @Schema(description = "Data protection and localisation clause") Clause DATA_PROTECTION_LOCALISATION,
        @Schema(description = "Dispute resolution clause") Clause DISPUTE_RESOLUTION,
        @Schema(description = "Termination and exit clause") Clause TERMINATION_EXIT) {
}
