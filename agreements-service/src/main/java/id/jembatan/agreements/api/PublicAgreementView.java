package id.jembatan.agreements.api;

import id.jembatan.agreements.domain.Sector;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import id.jembatan.agreements.domain.AgreementState;
import id.jembatan.agreements.domain.AgreementType;
import id.jembatan.agreements.domain.Clause;
import id.jembatan.agreements.domain.ClauseKind;
import id.jembatan.agreements.domain.CommitmentKind;
import id.jembatan.agreements.domain.CostBenefit;
import id.jembatan.agreements.domain.Form;
import id.jembatan.agreements.domain.InstrumentKind;
import id.jembatan.agreements.domain.Obligor;
import id.jembatan.agreements.domain.Stage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the public may see: no confidential documents, internal notes, loan collateral or audit details. */
@Schema(name = "PublicAgreement", description = "An agreement as the public sees it: no confidential documents, internal notes, loan terms or audit details")
public record PublicAgreementView(
        UUID id, String reference, String title, String summary, Form form, AgreementType type, AgreementState state,
        @Schema(description = "The stage of the procedure; absent for REJECTED and WITHDRAWN") Stage stage,
        @Schema(description = "Registered from before the system with approvals the region declared and no ministry reviewer "
                + "has confirmed yet") boolean unconfirmed,
        @Schema(description = "Whether the agreement counts in a live portfolio: any state that is not final "
                + "(RENEWED, EXPIRED, TERMINATED, REJECTED, WITHDRAWN). The one definition every portfolio figure uses")
        boolean live,
        PartyView indonesianParty, PartyView foreignParty, String partnerCountry, List<String> participants,
        @Schema(type = SchemaType.ARRAY, implementation = Sector.class, description = "Sectors of cooperation") List<String> sectors, LocalDate validFrom, LocalDate validUntil, LocalDate signedOn,
        List<PublicInstrument> instruments, @Schema(implementation = Clauses.class) Map<ClauseKind, Clause> clauses, CostBenefit costBenefit,
        List<PublicCommitment> commitments, String dprdDecisionRef, String centralApprovalRef,
        @Schema(description = "The latest day an activity of the implementation log took place") LocalDate lastActivityOn,
        @Schema(description = "Active with no activity for twelve months") boolean dormant) {

    @Schema(name = "PublicInstrument", description = "One of the agreement's documents as the public sees it")
    public record PublicInstrument(InstrumentKind kind, String title, LocalDate signedOn, String language,
                                   @Schema(description = "Only for public documents; absent otherwise") String documentTitle,
                                   String documentSha256, String documentLocation) {
    }

    @Schema(name = "PublicCommitment", description = "Who commits what, without loan terms")
    public record PublicCommitment(Obligor obligor, CommitmentKind kind, BigDecimal amount, String currency) {
    }
}
