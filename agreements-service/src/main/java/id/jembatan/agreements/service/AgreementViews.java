package id.jembatan.agreements.service;

import id.jembatan.agreements.api.AgreementView;
import id.jembatan.agreements.api.Outputs;
import id.jembatan.agreements.api.PartyView;
import id.jembatan.agreements.api.PublicAgreementView;
import id.jembatan.agreements.api.StageView;
import id.jembatan.agreements.domain.AgreementState;
import id.jembatan.platform.problem.Messages;
import id.jembatan.agreements.domain.Agreement;
import id.jembatan.agreements.domain.Form;
import id.jembatan.agreements.domain.Lifecycle;
import id.jembatan.agreements.domain.Procedure;
import id.jembatan.agreements.domain.Stage;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Agreement to API mapping: the full view and the public view (list summaries come from the columns). */
public final class AgreementViews {

    private AgreementViews() {
    }

    /** The full view; the deployment's procedure settings decide the deadline, overdue and unmet partner criteria. */
    public static AgreementView view(Agreement a, Procedure procedure) {
        LocalDate today = LocalDate.now(Procedure.ZONE);
        return new AgreementView(a.id, a.reference, a.title, a.summary, a.form, a.type, a.state, a.state.stage().orElse(null),
                a.stateSince, procedure.deadline(a.state, a.stateSince).orElse(null),
                procedure.overdue(a.state, a.stateSince, today),
                Lifecycle.allowedFrom(a.state), a.state.isLive(), a.confidential, indonesianParty(a), a.provinceCode, foreignParty(a),
                a.partnerCountry, List.of(a.partnerBlocs), List.copyOf(a.participants), List.of(a.sectors), a.validFrom,
                a.validUntil, a.renewable, a.trainingTarget, a.environmentalApprovalRef, a.dprdDecisionRef,
                a.centralApprovalRef, a.verificationRef, a.negotiationRef, a.fullPowersRef, a.depositRef, a.internalNotes,
                List.copyOf(a.instruments), a.clauses, a.costBenefit,
                List.copyOf(a.commitments), a.committedValueIdr, a.signedOn, a.activatedOn, a.lastActivityOn, outputs(a),
                a.dormant(LocalDate.now()), a.legacy, a.unconfirmed(), a.legacyReview, a.legacyReviewRef,
                procedure.unmetCriteria(a.partnerCountry), List.copyOf(a.partnerCriteriaExceptions),
                procedure.exceedsMaximumValidity(a.validFrom, a.validUntil), a.version, a.createdAt, a.updatedAt);
    }

    public static PublicAgreementView publicView(Agreement a) {
        Stage stage = a.state.stage().orElse(null);
        return new PublicAgreementView(a.id, a.reference, a.title, a.summary, a.form, a.type, a.state, stage, a.unconfirmed(),
                a.state.isLive(), indonesianParty(a), foreignParty(a), a.partnerCountry,
                a.participants.stream().map(p -> p.name() + " (" + p.role() + ")").toList(), Arrays.asList(a.sectors),
                a.validFrom, a.validUntil, a.signedOn,
                a.instruments.stream().map(i -> {
                    boolean open = i.document() != null && !i.document().confidential();
                    return new PublicAgreementView.PublicInstrument(i.kind(), i.title(), i.signedOn(), i.language(),
                            open ? i.document().title() : null, open ? i.document().sha256() : null,
                            open ? i.document().location() : null);
                }).toList(),
                a.clauses, a.costBenefit,
                a.commitments.stream().map(c -> new PublicAgreementView.PublicCommitment(c.obligor(), c.kind(), c.amount(), c.currency())).toList(),
                a.dprdDecisionRef, a.centralApprovalRef, a.lastActivityOn, a.dormant(LocalDate.now()));
    }

    /** The eleven stages in order, each with the states that belong to it. */
    public static List<StageView> stages() {
        return Arrays.stream(Stage.values()).map(stage -> new StageView(stage, stage.number(), stage.indonesianName(),
                stage.englishName(), stage.evidence(), Messages.text(Locale.ENGLISH, stage.legalBasisKey()),
                Messages.text(Messages.INDONESIAN, stage.legalBasisKey()),
                Arrays.stream(AgreementState.values()).filter(s -> s.stage().filter(stage::equals).isPresent()).toList()))
                .toList();
    }

    private static Outputs outputs(Agreement a) {
        return new Outputs(a.peopleTrained, a.exportValueIdr, a.investmentValueIdr);
    }

    private static PartyView indonesianParty(Agreement a) {
        return new PartyView(a.regionId, a.regionCode, a.regionName, "ID", a.regionLevel());
    }

    private static PartyView foreignParty(Agreement a) {
        return a.form == Form.KSDPL
                ? new PartyView(a.foreignRegionId, a.foreignRegionCode, a.foreignPartyName, a.partnerCountry, a.foreignRegionLevel)
                : new PartyView(a.foreignOrganisationId, a.foreignOrganisationKey, a.foreignPartyName, a.partnerCountry, null);
    }
}
