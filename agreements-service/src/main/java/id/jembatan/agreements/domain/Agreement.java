package id.jembatan.agreements.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A cooperation agreement. Its parts that are read and written as a whole (instruments, clauses, the
 * cost-benefit analysis, commitments, participants) are JSON documents; what queries filter on is a column.
 */
@Entity
@Table(name = "agreement")
public class Agreement extends PanacheEntityBase implements Lifecycle.Facts {

    @Id
    public UUID id;

    public String reference;
    public String title;
    public String summary;

    @Enumerated(EnumType.STRING)
    public Form form;

    @Enumerated(EnumType.STRING)
    public AgreementType type;

    @Enumerated(EnumType.STRING)
    public AgreementState state;

    public boolean confidential;

    @Column(name = "region_id")
    public UUID regionId;
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "region_name")
    public String regionName;
    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "foreign_region_id")
    public UUID foreignRegionId;
    @Column(name = "foreign_region_code")
    public String foreignRegionCode;
    /** The foreign region's administrative level as directory-service gave it when the party was last set. */
    @Column(name = "foreign_region_level")
    public Integer foreignRegionLevel;
    @Column(name = "foreign_organisation_id")
    public UUID foreignOrganisationId;
    @Column(name = "foreign_organisation_key")
    public String foreignOrganisationKey;
    @Column(name = "foreign_party_name")
    public String foreignPartyName;
    @Column(name = "partner_country")
    public String partnerCountry;
    @Column(name = "partner_blocs", columnDefinition = "text[]")
    public String[] partnerBlocs = new String[0];

    @Column(columnDefinition = "text[]")
    public String[] sectors = new String[0];

    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_until")
    public LocalDate validUntil;
    public boolean renewable;
    @Column(name = "training_target")
    public Integer trainingTarget;
    @Column(name = "environmental_approval_ref")
    public String environmentalApprovalRef;
    @Column(name = "dprd_decision_ref")
    public String dprdDecisionRef;
    @Column(name = "central_approval_ref")
    public String centralApprovalRef;
    @Column(name = "verification_ref")
    public String verificationRef;
    @Column(name = "negotiation_ref")
    public String negotiationRef;
    @Column(name = "full_powers_ref")
    public String fullPowersRef;
    @Column(name = "deposit_ref")
    public String depositRef;
    @Column(name = "internal_notes")
    public String internalNotes;

    /** When the agreement entered its current state: deadlines count from it. */
    @Column(name = "state_since")
    public Instant stateSince = Instant.now();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "partner_criteria_exceptions")
    public List<PartnerCriteriaException> partnerCriteriaExceptions = new ArrayList<>();

    /** Set for a legacy registration in a state only a ministry decision reaches; null otherwise. */
    @Enumerated(EnumType.STRING)
    @Column(name = "legacy_review")
    public LegacyReview legacyReview;
    @Column(name = "legacy_review_ref")
    public String legacyReviewRef;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Participant> participants = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Instrument> instruments = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<ClauseKind, Clause> clauses = new EnumMap<>(ClauseKind.class);

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "cost_benefit")
    public CostBenefit costBenefit;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Commitment> commitments = new ArrayList<>();

    @Column(name = "committed_value_idr")
    public BigDecimal committedValueIdr = BigDecimal.ZERO;

    @Column(name = "signed_on")
    public LocalDate signedOn;
    @Column(name = "signing_year")
    public Integer signingYear;
    @Column(name = "activated_on")
    public LocalDate activatedOn;
    @Column(name = "last_activity_on")
    public LocalDate lastActivityOn;

    public boolean legacy;

    /** Totals of what the activities realised; money in IDR at the reference rates. */
    @Column(name = "people_trained")
    public int peopleTrained;
    @Column(name = "export_value_idr")
    public BigDecimal exportValueIdr = BigDecimal.ZERO;
    @Column(name = "investment_value_idr")
    public BigDecimal investmentValueIdr = BigDecimal.ZERO;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();
    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();
    @Column(name = "created_by")
    public String createdBy;

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    /** Moves to a state now, and restarts the clock its deadline counts on. */
    public void enter(AgreementState target) {
        state = target;
        stateSince = Instant.now();
    }

    /** Moves to a state on the day it happened, which may be earlier than today: the deadline counts from that day. */
    public void enter(AgreementState target, LocalDate on) {
        enter(target);
        Instant startOfDay = on.atStartOfDay(Procedure.ZONE).toInstant();
        if (startOfDay.isBefore(stateSince)) {
            stateSince = startOfDay;
        }
    }

    /** The Indonesian party's level from its Kemendagri code: 1 for a province (36), 2 for a regency or city (36.73). */
    public int regionLevel() {
        return (int) regionCode.chars().filter(c -> c == '.').count() + 1;
    }

    /** A legacy registration whose declared ministry decision no ministry reviewer has confirmed yet. */
    public boolean unconfirmed() {
        return legacyReview != null && !legacyReview.confirmed();
    }

    /** The partner criteria a ministry reviewer has made an exception to. */
    public List<PartnerCriterion> exceptedCriteria() {
        return partnerCriteriaExceptions.stream().map(PartnerCriteriaException::criterion).toList();
    }

    /** The first signed instrument dates the agreement. */
    public void deriveSigning() {
        signedOn = instruments.stream().map(Instrument::signedOn).filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
        signingYear = signedOn == null ? null : signedOn.getYear();
    }

    /** Active with no recorded activity for twelve months. */
    public boolean dormant(LocalDate today) {
        LocalDate since = lastActivityOn != null ? lastActivityOn : activatedOn != null ? activatedOn : validFrom;
        return state == AgreementState.ACTIVE && since != null && since.isBefore(today.minusMonths(12));
    }

    @Override
    public boolean hasCostBenefitAnalysis() {
        return costBenefit != null && !(costBenefit.costs().isEmpty() && costBenefit.benefits().isEmpty());
    }

    @Override
    public boolean clauseFilled(ClauseKind kind) {
        Clause clause = clauses.get(kind);
        return clause != null && clause.filled();
    }

    @Override
    public boolean hasInstrument(InstrumentKind kind, boolean signed) {
        return instruments.stream().anyMatch(i -> i.kind() == kind && (!signed || i.signed()));
    }

    @Override
    public boolean hasValidFrom() {
        return validFrom != null;
    }
}
