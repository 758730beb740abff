package id.jembatan.agreements.api;

import id.jembatan.agreements.domain.Sector;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import id.jembatan.agreements.domain.Action;
import id.jembatan.agreements.domain.AgreementState;
import id.jembatan.agreements.domain.AgreementType;
import id.jembatan.agreements.domain.Clause;
import id.jembatan.agreements.domain.ClauseKind;
import id.jembatan.agreements.domain.Commitment;
import id.jembatan.agreements.domain.CostBenefit;
import id.jembatan.agreements.domain.Form;
import id.jembatan.agreements.domain.Instrument;
import id.jembatan.agreements.domain.LegacyReview;
import id.jembatan.agreements.domain.PartnerCriteriaException;
import id.jembatan.agreements.domain.PartnerCriterion;
import id.jembatan.agreements.domain.Participant;
import id.jembatan.agreements.domain.Stage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "Agreement", description = "A cooperation agreement with everything the registry holds about it")
public record AgreementView(
        UUID id,
        @Schema(example = "KSD/36.73/2025/001") String reference,
        String title,
        String summary,
        Form form,
        AgreementType type,
        AgreementState state,
        @Schema(description = "The stage of the procedure the state belongs to; absent for REJECTED and WITHDRAWN") Stage stage,
        @Schema(description = "When the agreement entered its current state") Instant stateSince,
        @Schema(description = "The day by which the current state should be left, when the deployment sets a deadline for it "
                + "(e.g. the DPRD's or a ministry's decision)") LocalDate deadline,
        @Schema(description = "Past the deadline of its current state: the decision is late. Nothing else happens; the "
                + "deadline is the deployment's setting, not law") boolean overdue,
        @Schema(description = "Actions allowed from the current state (guards are checked when one is performed)") List<Action> allowedActions,
        @Schema(description = "Whether the agreement counts in a live portfolio: any state that is not final "
                + "(RENEWED, EXPIRED, TERMINATED, REJECTED, WITHDRAWN). The one definition every portfolio figure uses")
        boolean live,
        boolean confidential,
        PartyView indonesianParty,
        @Schema(description = "Kemendagri code of the Indonesian party's province", example = "36") String provinceCode,
        PartyView foreignParty,
        @Schema(example = "CN") String partnerCountry,
        List<String> partnerBlocs,
        List<Participant> participants,
        @Schema(type = SchemaType.ARRAY, implementation = Sector.class, description = "Sectors of cooperation") List<String> sectors,
        LocalDate validFrom,
        LocalDate validUntil,
        boolean renewable,
        Integer trainingTarget,
        String environmentalApprovalRef,
        @Schema(description = "The DPRD's decision, recorded by the region's officer (DPRD_APPROVE)") String dprdDecisionRef,
        @Schema(description = "The Minister's approval, recorded by a ministry reviewer (CENTRAL_APPROVE)") String centralApprovalRef,
        @Schema(description = "The ministry's verification (VERIFY)") String verificationRef,
        @Schema(description = "The outcome of the discussion of the text (CONCLUDE_NEGOTIATION)") String negotiationRef,
        @Schema(description = "The full-powers letter (surat kuasa) of the Minister of Foreign Affairs for the signatory (SIGN)") String fullPowersRef,
        @Schema(description = "The deposit of the signed original with Kemlu (ACTIVATE)") String depositRef,
        @Schema(description = "Only for the region's officers, ministry reviewers and admins; absent for viewers") String internalNotes,
        List<Instrument> instruments,
        @Schema(implementation = Clauses.class) Map<ClauseKind, Clause> clauses,
        CostBenefit costBenefit,
        List<Commitment> commitments,
        @Schema(description = "Sum of commitments in IDR at the configured reference rates") BigDecimal committedValueIdr,
        LocalDate signedOn,
        LocalDate activatedOn,
        LocalDate lastActivityOn,
        Outputs outputs,
        @Schema(description = "Active with no activity for twelve months") boolean dormant,
        @Schema(description = "Registered from before the system, in the state it was in") boolean legacy,
        @Schema(description = "A legacy registration in a state only a ministry decision reaches, which no ministry reviewer "
                + "has confirmed yet: its declared approvals are the region's own word") boolean unconfirmed,
        @Schema(description = "The ministry's review of a legacy registration that declares a ministry decision") LegacyReview legacyReview,
        @Schema(description = "The ministry's reference for its review of the legacy registration") String legacyReviewRef,
        @Schema(description = "Partner criteria the agreement does not meet by the deployment's settings") List<PartnerCriterion> unmetPartnerCriteria,
        @Schema(description = "Exceptions to partner criteria recorded by ministry reviewers") List<PartnerCriteriaException> partnerCriteriaExceptions,
        @Schema(description = "Valid for longer than the deployment's maximum validity") boolean exceedsMaximumValidity,
        @Schema(description = "Version, also sent as the ETag") long version,
        Instant createdAt,
        Instant updatedAt) {
}
