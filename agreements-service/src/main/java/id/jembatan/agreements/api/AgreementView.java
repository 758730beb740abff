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
import id.jembatan.agreements.domain.Participant;
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
        String dprdDecisionRef,
        String centralApprovalRef,
        String internalNotes,
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
        @Schema(description = "Version, also sent as the ETag") long version,
        Instant createdAt,
        Instant updatedAt) {
}
