package id.jembatan.assessment.service;

import id.jembatan.assessment.client.AgreementsGateway;
import id.jembatan.assessment.client.DirectoryGateway;
import id.jembatan.assessment.client.Downstream;
import id.jembatan.assessment.client.agreements.model.Agreement;
import id.jembatan.assessment.client.agreements.model.AgreementInput;
import id.jembatan.assessment.client.agreements.model.AgreementSummary;
import id.jembatan.assessment.client.agreements.model.CostBenefitAnalysis;
import id.jembatan.assessment.client.agreements.model.FinancialCommitment;
import id.jembatan.assessment.client.directory.model.Country;
import id.jembatan.assessment.client.directory.model.Organisation;
import id.jembatan.assessment.client.directory.model.Region;
import id.jembatan.assessment.client.directory.model.RegionCode;
import id.jembatan.assessment.client.directory.model.RegionFigure;
import id.jembatan.assessment.config.AssessmentConfig;
import id.jembatan.assessment.scoring.Activity;
import id.jembatan.assessment.scoring.AgreementFacts;
import id.jembatan.assessment.scoring.Approvals;
import id.jembatan.assessment.scoring.Clause;
import id.jembatan.assessment.scoring.ClauseKind;
import id.jembatan.assessment.scoring.Commitment;
import id.jembatan.assessment.scoring.CommitmentKind;
import id.jembatan.assessment.scoring.CostBenefit;
import id.jembatan.assessment.scoring.Flow;
import id.jembatan.assessment.scoring.Form;
import id.jembatan.assessment.scoring.Instrument;
import id.jembatan.assessment.scoring.LoanTerms;
import id.jembatan.assessment.scoring.Obligor;
import id.jembatan.assessment.scoring.OrganisationFacts;
import id.jembatan.assessment.scoring.PartnerFacts;
import id.jembatan.assessment.scoring.PortfolioEntry;
import id.jembatan.assessment.scoring.PortfolioFacts;
import id.jembatan.assessment.scoring.RegionFacts;
import id.jembatan.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Gathers what the scoring needs from agreements-service and directory-service and turns the generated clients'
 * models into the scoring's own input records. All remote calls happen here, before any transaction.
 */
@ApplicationScoped
public class FactsAssembler {

    static final String AGREEMENTS = "agreements-service";
    static final String DIRECTORY = "directory-service";
    /** Checked before a call, so that a caller's typo never counts as an outage of directory-service. */
    private static final Set<String> SCHEMES = Set.of("KEMENDAGRI", "BPS", "ISO_3166_2", "GB_T_2260", "UN_LOCODE", "GEONAMES");

    @Inject
    AgreementsGateway agreements;

    @Inject
    DirectoryGateway directory;

    @Inject
    ScopeAggregates aggregates;

    @Inject
    AssessmentConfig config;

    /** A registered agreement's facts and the version they describe. */
    public record Registered(AgreementFacts facts, long version) {
    }

    /** A registered agreement with its activities, as the caller may see it. */
    public Registered agreement(String agreementId) {
        Agreement a = Downstream.call(AGREEMENTS, () -> agreements.agreement(agreementId));
        List<Activity> activities = Downstream.call(AGREEMENTS, () -> agreements.activities(agreementId)).stream()
                .map(v -> new Activity(v.getKind().name(), v.getOccurredOn(), orZero(v.getPeopleTrained()),
                        v.getExportValue(), v.getInvestmentValue()))
                .toList();
        List<OrganisationFacts> organisations = new ArrayList<>(a.getParticipants() == null ? List.of()
                : a.getParticipants().stream().map(p -> new OrganisationFacts(p.getName(), p.getCountry(), p.getRole().name(),
                Boolean.TRUE.equals(p.getStateControlled()), new HashSet<>(p.getSectors()))).toList());
        if (a.getForm() == id.jembatan.assessment.client.agreements.model.Form.KSDLL && a.getForeignParty() != null) {
            foreignOrganisation(a.getForeignParty().getCode()).ifPresent(organisations::add);
        }
        return new Registered(new AgreementFacts(a.getId(), a.getReference(), a.getTitle(), Form.valueOf(a.getForm().name()),
                a.getType().name(), new HashSet<>(a.getSectors()), a.getState().name(), a.getValidFrom(), a.getValidUntil(),
                clauses(a.getClauses()), costBenefit(a.getCostBenefit()), commitments(a.getCommitments()),
                a.getInstruments() == null ? List.of() : a.getInstruments().stream()
                        .map(i -> new Instrument(i.getKind().name(), i.getSignedOn(),
                                i.getDocument() != null && !Boolean.TRUE.equals(i.getDocument().getConfidential())))
                        .toList(),
                new Approvals(a.getDprdDecisionRef(), a.getCentralApprovalRef()), activities, a.getTrainingTarget(),
                a.getEnvironmentalApprovalRef(), region(a.getIndonesianParty().getCode()), partner(a.getPartnerCountry()),
                organisations), a.getVersion());
    }

    /** A draft, as it would be registered: parties resolved in the directory, nothing stored anywhere. */
    public AgreementFacts draft(AgreementInput d) {
        String partnerCountry;
        List<OrganisationFacts> organisations = new ArrayList<>();
        if (d.getForm() == id.jembatan.assessment.client.agreements.model.Form.KSDLL) {
            Organisation foreign = organisation(d.getForeignOrganisation(), "foreignOrganisation");
            organisations.add(facts(foreign, "FOREIGN_PARTY"));
            partnerCountry = foreign.getCountry();
        } else {
            if (d.getForeignRegion() == null || d.getForeignRegion().getCode() == null
                    || !SCHEMES.contains(String.valueOf(d.getForeignRegion().getScheme()))) {
                throw ProblemException.invalid("foreignRegion", "{party.ksdpl}", null);
            }
            Region foreign = Downstream.call(DIRECTORY, () -> directory.region(d.getForeignRegion().getScheme(),
                    d.getForeignRegion().getCode())).orElseThrow(() ->
                    ProblemException.invalid("foreignRegion", "{party.unknown}", d.getForeignRegion().getCode()));
            partnerCountry = foreign.getCountry();
        }
        if (d.getParticipants() != null) {
            for (var p : d.getParticipants()) {
                organisations.add(facts(organisation(p.getOrganisation(), "participants"), p.getRole().name()));
            }
        }
        return new AgreementFacts(null, d.getReference(), d.getTitle(), Form.valueOf(d.getForm().name()),
                d.getType().name(), d.getSectors() == null ? Set.of() : new HashSet<>(d.getSectors().stream().map(Enum::name).toList()),
                "INITIATED", d.getValidFrom(), d.getValidUntil(), clauses(d.getClauses()), costBenefit(d.getCostBenefit()),
                commitments(d.getCommitments()),
                d.getInstruments() == null ? List.of() : d.getInstruments().stream()
                        .map(i -> new Instrument(i.getKind().name(), i.getSignedOn(),
                                i.getDocument() != null && !Boolean.TRUE.equals(i.getDocument().getConfidential())))
                        .toList(),
                new Approvals(null, null), List.of(), d.getTrainingTarget(), d.getEnvironmentalApprovalRef(),
                region(d.getIndonesianRegionCode()), partner(partnerCountry), organisations);
    }

    /**
     * The region's portfolio as agreements-service has it now, and its province's and the nation's from the
     * projection the change feed keeps (aggregated by partner country), with the blocs of every partner country.
     */
    public PortfolioFacts portfolio(RegionFacts region, java.util.UUID assessed) {
        List<AgreementSummary> regional = Downstream.call(AGREEMENTS,
                () -> agreements.portfolio(region.code(), false, config.portfolioLimit()));
        Optional<PortfolioEntry> own = aggregates.entryOf(assessed);
        ScopeAggregates.Snapshot province = aggregates.of(region.provinceCode(), own);
        ScopeAggregates.Snapshot national = aggregates.of(null, own);
        Map<String, Set<String>> blocs = new HashMap<>(national.blocs());
        return new PortfolioFacts(entries(regional, blocs), province.entries(), national.entries(), blocs);
    }

    private static List<PortfolioEntry> entries(List<AgreementSummary> summaries, Map<String, Set<String>> blocs) {
        List<PortfolioEntry> entries = new ArrayList<>();
        for (AgreementSummary s : summaries) {
            blocs.put(s.getPartnerCountry(), new HashSet<>(s.getPartnerBlocs()));
            entries.add(new PortfolioEntry(s.getId(), s.getPartnerCountry(), s.getCommittedValueIdr(), s.getState().name(),
                    s.getSignedOn() == null ? null : s.getSignedOn().getYear()));
        }
        return entries;
    }

    private RegionFacts region(String kemendagriCode) {
        Region region = Downstream.call(DIRECTORY, () -> directory.region("KEMENDAGRI", kemendagriCode))
                .orElseThrow(() -> ProblemException.invalid("indonesianRegionCode", "{party.unknown}", kemendagriCode));
        Map<Integer, BigDecimal> revenue = new TreeMap<>();
        boolean illustrative = false;
        for (RegionFigure figure : region.getFigures() == null ? List.<RegionFigure>of() : region.getFigures()) {
            if (figure.getMetric() != null && "BUDGET_REVENUE".equals(figure.getMetric().name()) && "IDR".equals(figure.getUnit())) {
                revenue.put(figure.getYear(), figure.getValue());
                illustrative |= Boolean.TRUE.equals(figure.getIllustrative());
            }
        }
        return new RegionFacts(kemendagriCode, region.getName(), region.getLevel(), provinceCode(region, kemendagriCode),
                revenue, illustrative);
    }

    private static String provinceCode(Region region, String own) {
        if (region.getLevel() != null && region.getLevel() > 1 && region.getParent() != null && region.getParent().getCodes() != null) {
            for (RegionCode code : region.getParent().getCodes()) {
                if (code.getScheme() != null && "KEMENDAGRI".equals(code.getScheme().name())) {
                    return code.getCode();
                }
            }
        }
        return own;
    }

    private PartnerFacts partner(String countryCode) {
        Country country = Downstream.call(DIRECTORY, () -> directory.country(countryCode))
                .orElseThrow(() -> new IllegalStateException("Partner country unknown to the directory: " + countryCode));
        return new PartnerFacts(country.getCode(), country.getNameEn(), Boolean.TRUE.equals(country.getDiplomaticRelations()),
                country.getBlocs() == null ? Set.of() : new HashSet<>(country.getBlocs()));
    }

    private Optional<OrganisationFacts> foreignOrganisation(String key) {
        return Downstream.call(DIRECTORY, () -> directory.organisation(key)).map(o -> facts(o, "FOREIGN_PARTY"));
    }

    private Organisation organisation(String key, String field) {
        if (key == null) {
            throw ProblemException.invalid(field, "{party.unknown}", null);
        }
        return Downstream.call(DIRECTORY, () -> directory.organisation(key))
                .orElseThrow(() -> ProblemException.invalid(field, "{party.unknown}", key));
    }

    private static OrganisationFacts facts(Organisation o, String role) {
        return new OrganisationFacts(o.getName(), o.getCountry(), role, Boolean.TRUE.equals(o.getStateControlled()),
                o.getSectors() == null ? Set.of() : new HashSet<>(o.getSectors().stream().map(Enum::name).toList()));
    }

    private static Map<ClauseKind, Clause> clauses(Map<String, id.jembatan.assessment.client.agreements.model.Clause> clauses) {
        Map<ClauseKind, Clause> out = new EnumMap<>(ClauseKind.class);
        if (clauses != null) {
            clauses.forEach((kind, c) -> {
                if (c == null || java.util.Arrays.stream(ClauseKind.values()).noneMatch(k -> k.name().equals(kind))) {
                    throw ProblemException.invalid("clauses." + kind, "{field.enum}: " + java.util.Arrays.toString(ClauseKind.values()), null);
                }
                out.put(ClauseKind.valueOf(kind), new Clause(Boolean.TRUE.equals(c.getPresent()), c.getLocation(), c.getNote()));
            });
        }
        return out;
    }

    private static CostBenefit costBenefit(CostBenefitAnalysis cba) {
        if (cba == null) {
            return null;
        }
        List<Flow> costs = cba.getCosts() == null ? List.of() : cba.getCosts().stream()
                .map(c -> new Flow(c.getYear(), c.getPayer().name(), c.getAmount())).toList();
        List<Flow> benefits = cba.getBenefits() == null ? List.of() : cba.getBenefits().stream()
                .map(b -> new Flow(b.getYear(), b.getKind().name(), b.getAmount())).toList();
        return new CostBenefit(cba.getDiscountRate(), cba.getHorizonYears(), cba.getCurrency(), costs, benefits);
    }

    private static List<Commitment> commitments(List<FinancialCommitment> commitments) {
        if (commitments == null) {
            return List.of();
        }
        return commitments.stream().map(c -> {
            Map<Integer, BigDecimal> schedule = new LinkedHashMap<>();
            if (c.getSchedule() != null) {
                c.getSchedule().forEach(i -> schedule.merge(i.getYear(), i.getAmount(), BigDecimal::add));
            }
            LoanTerms loan = c.getLoan() == null ? null : new LoanTerms(c.getLoan().getInterestRate(),
                    c.getLoan().getMaturityYears(), c.getLoan().getGracePeriodYears(), c.getLoan().getCollateral());
            return new Commitment(Obligor.valueOf(c.getObligor().name()), CommitmentKind.valueOf(c.getKind().name()),
                    c.getAmount(), c.getCurrency(), schedule, loan);
        }).toList();
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
