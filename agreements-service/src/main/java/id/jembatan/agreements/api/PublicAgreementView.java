package id.jembatan.agreements.api;

import id.jembatan.agreements.domain.AgreementState;
import id.jembatan.agreements.domain.AgreementType;
import id.jembatan.agreements.domain.Clause;
import id.jembatan.agreements.domain.ClauseKind;
import id.jembatan.agreements.domain.CommitmentKind;
import id.jembatan.agreements.domain.CostBenefit;
import id.jembatan.agreements.domain.Form;
import id.jembatan.agreements.domain.InstrumentKind;
import id.jembatan.agreements.domain.Obligor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the public may see: no confidential documents, internal notes, loan collateral or audit details. */
@Schema(name = "PublicAgreement")
public record PublicAgreementView(
        UUID id, String reference, String title, String summary, Form form, AgreementType type, AgreementState state,
        PartyView indonesianParty, PartyView foreignParty, String partnerCountry, List<String> participants,
        List<String> sectors, LocalDate validFrom, LocalDate validUntil, LocalDate signedOn,
        List<PublicInstrument> instruments, Map<ClauseKind, Clause> clauses, CostBenefit costBenefit,
        List<PublicCommitment> commitments, String dprdDecisionRef, String centralApprovalRef) {

    @Schema(name = "PublicInstrument")
    public record PublicInstrument(InstrumentKind kind, String title, LocalDate signedOn, String language,
                                   @Schema(description = "Only public documents; null otherwise") String documentTitle,
                                   String documentSha256, String documentLocation) {
    }

    @Schema(name = "PublicCommitment")
    public record PublicCommitment(Obligor obligor, CommitmentKind kind, BigDecimal amount, String currency) {
    }
}
