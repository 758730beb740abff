package id.jembatan.agreements.service;

import id.jembatan.agreements.api.AgreementInput;
import id.jembatan.agreements.config.AgreementsConfig;
import id.jembatan.agreements.domain.Agreement;
import id.jembatan.agreements.domain.ClauseKind;
import id.jembatan.agreements.domain.Commitment;
import id.jembatan.agreements.domain.Sector;
import id.jembatan.agreements.repository.AgreementRepository;
import id.jembatan.platform.problem.Problem;
import id.jembatan.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;

/** An agreement's content as the caller describes it: checked as a whole, then set on the agreement. */
@ApplicationScoped
public class AgreementContent {

    @Inject
    AgreementRepository agreements;

    @Inject
    AgreementsConfig config;

    /** Sets everything the input describes; the caller holds the transaction. */
    void apply(Agreement a, AgreementInput input, PartyResolver.Parties p) {
        String reference = input.reference() != null ? input.reference()
                : a.reference != null ? a.reference
                : "KSD-" + p.regionCode() + "-" + LocalDate.now().getYear() + "-" + a.id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
        // Only a reference the caller chose can be another's: a generated one carries the new agreement's own id
        // (the unique constraint still stands behind both).
        boolean chosen = input.reference() != null && !input.reference().equals(a.reference);
        if (chosen && agreements.referenceTaken(reference, a.id)) {
            throw new ProblemException(409, "reference-taken", reference);
        }
        a.reference = reference;
        a.title = input.title();
        a.summary = input.summary();
        a.form = input.form();
        a.type = input.type();
        a.confidential = input.confidential();
        a.regionId = p.regionId();
        a.regionCode = p.regionCode();
        a.regionName = p.regionName();
        a.provinceCode = p.provinceCode();
        a.foreignRegionId = p.foreignRegionId();
        a.foreignRegionCode = p.foreignRegionCode();
        a.foreignRegionLevel = p.foreignRegionLevel();
        a.foreignOrganisationId = p.foreignOrganisationId();
        a.foreignOrganisationKey = p.foreignOrganisationKey();
        a.foreignPartyName = p.foreignPartyName();
        a.partnerCountry = p.partnerCountry();
        a.partnerBlocs = p.partnerBlocs().toArray(String[]::new);
        a.participants = new ArrayList<>(p.participants());
        a.sectors = input.sectors() == null ? new String[0] : input.sectors().stream().map(Sector::name).sorted().toArray(String[]::new);
        a.validFrom = input.validFrom();
        a.validUntil = input.validUntil();
        a.renewable = input.renewable();
        a.trainingTarget = input.trainingTarget();
        a.environmentalApprovalRef = input.environmentalApprovalRef();
        a.internalNotes = input.internalNotes();
        a.instruments = input.instruments() == null ? new ArrayList<>() : new ArrayList<>(input.instruments());
        a.clauses = input.clauses() == null || input.clauses().isEmpty() ? new EnumMap<>(ClauseKind.class)
                : new EnumMap<>(input.clauses());
        a.costBenefit = input.costBenefit();
        a.commitments = input.commitments() == null ? new ArrayList<>() : new ArrayList<>(input.commitments());
        a.committedValueIdr = committedValue(a.commitments);
        a.deriveSigning();
    }

    private BigDecimal committedValue(List<Commitment> commitments) {
        BigDecimal total = BigDecimal.ZERO;
        for (Commitment c : commitments) {
            total = total.add(c.amount().multiply(config.referenceRates().get(c.currency())));
        }
        return total;
    }

    /** Rules that span fields, which Bean Validation on single fields cannot express. */
    void check(AgreementInput input) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (input.validFrom() != null && input.validUntil() != null && input.validUntil().isBefore(input.validFrom())) {
            errors.add(new Problem.FieldError("validUntil", "{agreement.validity}", input.validUntil().toString()));
        }
        if (input.commitments() != null) {
            for (int i = 0; i < input.commitments().size(); i++) {
                String currency = input.commitments().get(i).currency();
                if (!config.referenceRates().containsKey(currency)) {
                    errors.add(new Problem.FieldError("commitments[" + i + "].currency", "{agreement.currency}", currency));
                }
            }
        }
        if (input.costBenefit() != null) {
            int horizon = input.costBenefit().horizonYears();
            input.costBenefit().costs().stream().filter(c -> c.year() >= horizon).findFirst().ifPresent(c ->
                    errors.add(new Problem.FieldError("costBenefit.costs", "{agreement.cba-horizon}", c.year())));
            input.costBenefit().benefits().stream().filter(b -> b.year() >= horizon).findFirst().ifPresent(b ->
                    errors.add(new Problem.FieldError("costBenefit.benefits", "{agreement.cba-horizon}", b.year())));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
