package id.jembatan.agreements.service;

import id.jembatan.agreements.api.AgreementView;
import id.jembatan.agreements.api.Outputs;
import id.jembatan.agreements.api.PartyView;
import id.jembatan.agreements.api.PublicAgreementView;
import id.jembatan.agreements.domain.Agreement;
import id.jembatan.agreements.domain.Form;
import id.jembatan.agreements.domain.Lifecycle;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Agreement to API mapping: the full view and the public view (list summaries come from the columns). */
public final class AgreementViews {

    private AgreementViews() {
    }

    public static AgreementView view(Agreement a) {
        return new AgreementView(a.id, a.reference, a.title, a.summary, a.form, a.type, a.state,
                Lifecycle.allowedFrom(a.state), a.state.isLive(), a.confidential, indonesianParty(a), a.provinceCode, foreignParty(a),
                a.partnerCountry, List.of(a.partnerBlocs), List.copyOf(a.participants), List.of(a.sectors), a.validFrom,
                a.validUntil, a.renewable, a.trainingTarget, a.environmentalApprovalRef, a.dprdDecisionRef,
                a.centralApprovalRef, a.internalNotes, List.copyOf(a.instruments), a.clauses, a.costBenefit,
                List.copyOf(a.commitments), a.committedValueIdr, a.signedOn, a.activatedOn, a.lastActivityOn, outputs(a),
                a.dormant(LocalDate.now()), a.legacy, a.version, a.createdAt, a.updatedAt);
    }

    public static PublicAgreementView publicView(Agreement a) {
        return new PublicAgreementView(a.id, a.reference, a.title, a.summary, a.form, a.type, a.state,
                indonesianParty(a), foreignParty(a), a.partnerCountry,
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
                a.dprdDecisionRef, a.centralApprovalRef);
    }

    private static Outputs outputs(Agreement a) {
        return new Outputs(a.peopleTrained, a.exportValueIdr, a.investmentValueIdr);
    }

    private static PartyView indonesianParty(Agreement a) {
        return new PartyView(a.regionId, a.regionCode, a.regionName, "ID");
    }

    private static PartyView foreignParty(Agreement a) {
        return a.form == Form.KSDPL
                ? new PartyView(a.foreignRegionId, a.foreignRegionCode, a.foreignPartyName, a.partnerCountry)
                : new PartyView(a.foreignOrganisationId, a.foreignOrganisationKey, a.foreignPartyName, a.partnerCountry);
    }
}
