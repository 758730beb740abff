package id.jembatan.agreements.rest;

import id.jembatan.agreements.domain.Action;
import id.jembatan.agreements.domain.AgreementState;
import id.jembatan.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The problem documents of this service that carry members beyond the standard ones, as the contract shows them:
 * the mapper writes those members at the top level, next to type, title and status. A response documents the
 * schema of the richest problem it can answer; the members are absent from its other problem types.
 */
final class ProblemDocuments {

    private ProblemDocuments() {
    }

    @Schema(name = "AgreementClosedProblem", allOf = Problem.class,
            description = "urn:jembatan:problem:agreement-closed: the agreement was rejected, withdrawn, terminated or has expired")
    record AgreementClosed(
            @Schema(description = "The agreement's state; present for agreement-closed") AgreementState state) {
    }

    @Schema(name = "TransitionNotAllowedProblem", allOf = Problem.class,
            description = "urn:jembatan:problem:transition-not-allowed: the action cannot be taken from the agreement's current state")
    record TransitionNotAllowed(
            @Schema(description = "The agreement's state; present for transition-not-allowed") AgreementState state,
            @Schema(description = "The actions allowed from that state; present for transition-not-allowed") List<Action> allowedActions) {
    }

    @Schema(name = "TransitionGuardProblem", allOf = Problem.class,
            description = "urn:jembatan:problem:transition-guard: the action is allowed from this state, but the agreement lacks what it needs")
    record TransitionGuard(
            @Schema(description = "What is missing, in the caller's language; present for transition-guard",
                    example = "[\"a cost-benefit analysis with costs and benefits\", \"the COST_BENEFIT_ANALYSIS clause entry\"]") List<String> missing,
            @Schema(description = "The same as stable codes, for programs; present for transition-guard",
                    example = "[\"guard.cost-benefit-analysis\", \"guard.clause.COST_BENEFIT_ANALYSIS\"]") List<String> missingCodes) {
    }
}
