package id.jembatan.assessment.scoring.facts;

import id.jembatan.assessment.scoring.model.Copies;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Everything the scoring needs to know about one agreement, gathered from agreements-service and
 * directory-service.
 *
 * @param id                       null for a draft that is only previewed
 * @param state                    lifecycle state as agreements-service names it, e.g. LOI_SIGNED, ACTIVE (see
 *                                 {@link ProcedureState})
 * @param live                     whether it counts in a live portfolio, as agreements-service publishes it; a draft
 *                                 is live
 * @param clauses                  a kind missing from the map was not filled in, which is different from
 *                                 a clause recorded as absent
 * @param costBenefit              null when no analysis was provided
 * @param outputs                  what its activities produced so far
 * @param trainingTarget           people to be trained over the validity, null when no target was set
 * @param environmentalApprovalRef AMDAL or UKL-UPL approval reference, null when none
 * @param organisations            participating organisations, including technology partners
 * @param foreignRegionLevel       administrative level of a foreign region party as the directory gives it (1 = province
 *                                 or its equal, 2 = city or regency or their equal); null for an organisation or when unknown
 */
public record AgreementFacts(UUID id, String reference, String title, Form form, String type, Set<String> sectors,
                             String state, boolean live, LocalDate validFrom, LocalDate validUntil,
                             Map<ClauseKind, Clause> clauses, CostBenefit costBenefit,
                             List<Commitment> commitments, List<Instrument> instruments, Approvals approvals,
                             Outputs outputs, Integer trainingTarget, String environmentalApprovalRef,
                             RegionFacts region, PartnerFacts partner, List<OrganisationFacts> organisations,
                             Integer foreignRegionLevel) {
    public AgreementFacts {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(partner, "partner");
        sectors = Copies.sortedSet(sectors);
        clauses = Copies.enumMap(clauses, ClauseKind.class);
        commitments = Copies.list(commitments);
        instruments = Copies.list(instruments);
        approvals = approvals == null ? Approvals.NONE : approvals;
        outputs = outputs == null ? Outputs.NONE : outputs;
        organisations = Copies.list(organisations);
    }

    /** Facts without the foreign region's level (an organisation party, or a level the directory does not give). */
    public AgreementFacts(UUID id, String reference, String title, Form form, String type, Set<String> sectors,
                          String state, boolean live, LocalDate validFrom, LocalDate validUntil,
                          Map<ClauseKind, Clause> clauses, CostBenefit costBenefit,
                          List<Commitment> commitments, List<Instrument> instruments, Approvals approvals,
                          Outputs outputs, Integer trainingTarget, String environmentalApprovalRef,
                          RegionFacts region, PartnerFacts partner, List<OrganisationFacts> organisations) {
        this(id, reference, title, form, type, sectors, state, live, validFrom, validUntil, clauses, costBenefit, commitments,
                instruments, approvals, outputs, trainingTarget, environmentalApprovalRef, region, partner, organisations, null);
    }

    /** The state in the scoring's vocabulary. */
    public ProcedureState procedureState() {
        return ProcedureState.of(state);
    }

    /** Whether the clause is recorded as present; not filled in and explicitly absent both count as no. */
    public boolean hasClause(ClauseKind kind) {
        Clause clause = clauses.get(kind);
        return clause != null && clause.present();
    }
}
