package id.jembatan.agreements.rest;

import id.jembatan.agreements.domain.Action;
import id.jembatan.agreements.domain.AgreementState;
import id.jembatan.agreements.domain.LegacyReview;
import id.jembatan.agreements.domain.PartnerCriterion;
import id.jembatan.agreements.domain.Stage;
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
            description = "urn:jembatan:problem:transition-not-allowed: the action cannot be taken from the agreement's current state; "
                    + "urn:jembatan:problem:legacy-registration-unconfirmed: a legacy registration that declares a ministry decision "
                    + "waits for a ministry reviewer's confirmation")
    record TransitionNotAllowed(
            @Schema(description = "The agreement's state; present for transition-not-allowed") AgreementState state,
            @Schema(description = "The actions allowed from that state; present for transition-not-allowed") List<Action> allowedActions,
            @Schema(description = "Where the ministry's review stands; present for legacy-registration-unconfirmed") LegacyReview legacyReview) {
    }

    @Schema(name = "TransitionGuardProblem", allOf = Problem.class,
            description = "urn:jembatan:problem:transition-guard: the action is allowed from this state, but the agreement lacks what it needs; "
                    + "urn:jembatan:problem:partner-criteria-not-met: the partner does not meet a partner criterion and no ministry "
                    + "reviewer has recorded an exception")
    record TransitionGuard(
            @Schema(description = "The stage whose evidence is missing; present for transition-guard") Stage stage,
            @Schema(description = "The legal basis of the guard or the criterion, in the caller's language; present for transition-guard "
                    + "and partner-criteria-not-met") String legalBasis,
            @Schema(description = "The criterion not met; present for partner-criteria-not-met") PartnerCriterion criterion,
            @Schema(description = "The partner's country; present for partner-criteria-not-met", example = "TW") String partnerCountry,
            @Schema(description = "What is missing, in the caller's language; present for transition-guard",
                    example = "[\"a cost-benefit analysis with costs and benefits\", \"the COST_BENEFIT_ANALYSIS clause entry\"]") List<String> missing,
            @Schema(description = "The same as stable codes, for programs; present for transition-guard",
                    example = "[\"guard.cost-benefit-analysis\", \"guard.clause.COST_BENEFIT_ANALYSIS\"]") List<String> missingCodes) {
    }

    @Schema(name = "PartnerCriterionConflictProblem", allOf = Problem.class,
            description = "urn:jembatan:problem:partner-criterion-met: the agreement meets the criterion, so there is nothing to except; "
                    + "urn:jembatan:problem:partner-criteria-exception-recorded: an exception to it is already recorded; "
                    + "urn:jembatan:problem:agreement-closed: the agreement is closed")
    record PartnerCriterionConflict(
            @Schema(description = "The criterion; present for partner-criterion-met and partner-criteria-exception-recorded") PartnerCriterion criterion,
            @Schema(description = "The agreement's state; present for agreement-closed") AgreementState state) {
    }

    @Schema(name = "LegacyReviewNotPendingProblem", allOf = Problem.class,
            description = "urn:jembatan:problem:legacy-review-not-pending: the agreement has no legacy registration waiting for review")
    record LegacyReviewNotPending(
            @Schema(description = "Where its review stands: NONE (nothing to review), CONFIRMED or RETURNED",
                    enumeration = {"NONE", "CONFIRMED", "RETURNED"}) String legacyReview) {
    }
}
