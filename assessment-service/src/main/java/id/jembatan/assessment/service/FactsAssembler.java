package id.jembatan.assessment.service;

import id.jembatan.assessment.api.AgreementDraft;
import id.jembatan.assessment.client.AgreementsGateway;
import id.jembatan.assessment.client.DirectoryGateway;
import id.jembatan.assessment.client.Downstream;
import id.jembatan.assessment.client.agreements.model.Agreement;
import id.jembatan.assessment.client.agreements.model.CostBenefitAnalysis;
import id.jembatan.assessment.client.agreements.model.FinancialCommitment;
import id.jembatan.assessment.client.directory.model.Country;
import id.jembatan.assessment.client.directory.model.Organisation;
import id.jembatan.assessment.client.directory.model.Region;
import id.jembatan.assessment.client.directory.model.RegionCode;
import id.jembatan.assessment.client.directory.model.RegionFigure;
import id.jembatan.assessment.repository.ProjectedAgreement;
import id.jembatan.assessment.scoring.facts.AgreementFacts;
import id.jembatan.assessment.scoring.facts.Approvals;
import id.jembatan.assessment.scoring.facts.Clause;
import id.jembatan.assessment.scoring.facts.ClauseKind;
import id.jembatan.assessment.scoring.facts.Commitment;
import id.jembatan.assessment.scoring.facts.CommitmentKind;
import id.jembatan.assessment.scoring.facts.CostBenefit;
import id.jembatan.assessment.scoring.facts.Flow;
import id.jembatan.assessment.scoring.facts.Form;
import id.jembatan.assessment.scoring.facts.Instrument;
import id.jembatan.assessment.scoring.facts.LoanTerms;
import id.jembatan.assessment.scoring.facts.Obligor;
import id.jembatan.assessment.scoring.facts.OrganisationFacts;
import id.jembatan.assessment.scoring.facts.Outputs;
import id.jembatan.assessment.scoring.facts.PartnerFacts;
import id.jembatan.assessment.scoring.facts.PortfolioEntry;
import id.jembatan.assessment.scoring.facts.PortfolioFacts;
import id.jembatan.assessment.scoring.facts.RegionFacts;
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

    @Inject
    AgreementsGateway agreements;

    @Inject
    DirectoryGateway directory;

    @Inject
    ScopeAggregates aggregates;

    @Inject
    ChangeFollower follower;


    /** A registered agreement's facts and the version they describe. */
    public record Registered(AgreementFacts facts, long version) {
    }

    /**
     * A registered agreement, as the caller may see it: one read, which also carries what its activities produced
     * (summed and converted to rupiah by agreements-service as they are recorded).
     */
    public Registered agreement(String agreementId) {
        Agreement a = Downstream.call(AGREEMENTS, () -> agreements.agreement(agreementId));
        List<OrganisationFacts> organisations = new ArrayList<>(a.getParticipants() == null ? List.of()
                : a.getParticipants().stream().map(p -> new OrganisationFacts(p.getName(), p.getCountry(), p.getRole().name(),
                Boolean.TRUE.equals(p.getStateControlled()), new HashSet<>(p.getSectors()))).toList());
        if (a.getForm() == id.jembatan.assessment.client.agreements.model.Form.KSDLL && a.getForeignParty() != null) {
            foreignOrganisation(a.getForeignParty().getCode()).ifPresent(organisations::add);
        }
        return new Registered(new AgreementFacts(a.getId(), a.getReference(), a.getTitle(), Form.valueOf(a.getForm().name()),
                a.getType().name(), new HashSet<>(sectors(a)), a.getState().name(), Boolean.TRUE.equals(a.getLive()),
                a.getValidFrom(), a.getValidUntil(),
                clauses(a.getClauses()), costBenefit(a.getCostBenefit()), commitments(a.getCommitments()),
                a.getInstruments() == null ? List.of() : a.getInstruments().stream()
                        .map(i -> new Instrument(i.getKind().name(), i.getSignedOn(),
                                i.getDocument() != null && !Boolean.TRUE.equals(i.getDocument().getConfidential())))
                        .toList(),
                new Approvals(a.getDprdDecisionRef(), a.getCentralApprovalRef()), outputs(a), a.getTrainingTarget(),
                a.getEnvironmentalApprovalRef(), region(a.getIndonesianParty().getCode()), partner(a.getPartnerCountry()),
                organisations, a.getForm() == id.jembatan.assessment.client.agreements.model.Form.KSDPL
                        && a.getForeignParty() != null ? a.getForeignParty().getLevel() : null),
                a.getVersion());
    }

    /** What the projection keeps of an agreement the change feed showed. */
    public static ProjectedAgreement projected(Agreement a) {
        return new ProjectedAgreement(a.getId(), a.getVersion(), a.getReference(), a.getTitle(), a.getIndonesianParty().getName(),
                a.getIndonesianParty().getCode(), a.getProvinceCode(), a.getPartnerCountry(), a.getPartnerBlocs(),
                sectors(a), a.getState().name(), Boolean.TRUE.equals(a.getLive()), Boolean.TRUE.equals(a.getConfidential()),
                Boolean.TRUE.equals(a.getUnconfirmed()), a.getSignedOn() == null ? null : a.getSignedOn().getYear(),
                a.getValidUntil(), a.getLastActivityOn(), a.getActivatedOn(), a.getValidFrom(), a.getCommittedValueIdr(),
                a.getOutputs() == null ? 0 : a.getOutputs().getPeopleTrained(),
                a.getOutputs() == null ? BigDecimal.ZERO : a.getOutputs().getExportValueIdr(),
                a.getOutputs() == null ? BigDecimal.ZERO : a.getOutputs().getInvestmentValueIdr());
    }

    /** A draft, as it would be registered: parties resolved in the directory, nothing stored anywhere. */
    public AgreementFacts draft(AgreementDraft d) {
        String partnerCountry;
        Integer foreignLevel = null;
        List<OrganisationFacts> organisations = new ArrayList<>();
        if (d.form() == AgreementDraft.Form.KSDLL) {
            Organisation foreign = organisation(d.foreignOrganisation(), "foreignOrganisation");
            organisations.add(facts(foreign, "FOREIGN_PARTY"));
            partnerCountry = foreign.getCountry();
        } else {
            if (d.foreignRegion() == null) {
                throw ProblemException.invalid("foreignRegion", "{party.ksdpl}", null);
            }
            Region foreign = Downstream.call(DIRECTORY, () -> directory.region(d.foreignRegion().scheme().name(),
                    d.foreignRegion().code())).orElseThrow(() ->
                    ProblemException.invalid("foreignRegion", "{party.unknown}", d.foreignRegion().code()));
            partnerCountry = foreign.getCountry();
            foreignLevel = foreign.getLevel();
        }
        if (d.participants() != null) {
            for (AgreementDraft.Participant p : d.participants()) {
                organisations.add(facts(organisation(p.organisation(), "participants"), p.role().name()));
            }
        }
        return new AgreementFacts(null, d.reference(), d.title(), Form.valueOf(d.form().name()), d.type().name(),
                d.sectors() == null ? Set.of() : new HashSet<>(d.sectors().stream().map(Enum::name).toList()),
                "INITIATED", true, d.validFrom(), d.validUntil(), draftClauses(d.clauses()), costBenefit(d.costBenefit()),
                draftCommitments(d.commitments()),
                d.instruments() == null ? List.of() : d.instruments().stream()
                        .map(i -> new Instrument(i.kind().name(), i.signedOn(), i.document() != null && !i.document().confidential()))
                        .toList(),
                new Approvals(null, null), Outputs.NONE, d.trainingTarget(), d.environmentalApprovalRef(),
                region(d.indonesianRegionCode()), partner(partnerCountry), organisations, foreignLevel);
    }

    private static Map<ClauseKind, Clause> draftClauses(Map<AgreementDraft.ClauseKind, AgreementDraft.Clause> clauses) {
        Map<ClauseKind, Clause> out = new EnumMap<>(ClauseKind.class);
        if (clauses != null) {
            clauses.forEach((kind, c) -> out.put(ClauseKind.valueOf(kind.name()),
                    new Clause(Boolean.TRUE.equals(c.present()), c.location(), c.note())));
        }
        return out;
    }

    private static CostBenefit costBenefit(AgreementDraft.CostBenefit cba) {
        if (cba == null) {
            return null;
        }
        return new CostBenefit(cba.discountRate(), cba.horizonYears(), cba.currency(),
                cba.costs().stream().map(c -> new Flow(c.year(), c.payer().name(), c.amount())).toList(),
                cba.benefits().stream().map(b -> new Flow(b.year(), b.kind().name(), b.amount())).toList());
    }

    private static List<Commitment> draftCommitments(List<AgreementDraft.Commitment> commitments) {
        if (commitments == null) {
            return List.of();
        }
        return commitments.stream().map(c -> {
            Map<Integer, BigDecimal> schedule = new LinkedHashMap<>();
            if (c.schedule() != null) {
                c.schedule().forEach(i -> schedule.merge(i.year(), i.amount(), BigDecimal::add));
            }
            LoanTerms loan = c.loan() == null ? null : new LoanTerms(c.loan().interestRate(), c.loan().maturityYears(),
                    c.loan().gracePeriodYears(), c.loan().collateral());
            return new Commitment(Obligor.valueOf(c.obligor().name()), CommitmentKind.valueOf(c.kind().name()),
                    c.amount(), c.currency(), schedule, loan);
        }).toList();
    }

    /** The portfolios around an assessment: as the scoring takes them, and as its stored inputs name them. */
    public record Portfolio(PortfolioFacts facts, Snapshots inputs, List<ScopeAggregates.Hashed> used) {
    }

    /**
     * How stored inputs name the portfolios: by the hashes of their snapshots, with the assessed agreement's entry,
     * which the scoring took out of the province's and the nation's (it adds the agreement as it is now).
     */
    public record Snapshots(String region, String province, String national, PortfolioEntry excluded) {
    }

    /**
     * The region's, its province's and the nation's portfolios, from the projection the change feed keeps
     * (caught up with the feed first): the region's agreement by agreement, the others
     * aggregated by partner country, with the blocs of every partner country.
     */
    public Portfolio portfolio(RegionFacts region, java.util.UUID assessed) {
        follower.catchUp();
        long generation = follower.projectionGeneration();
        ScopeAggregates.Hashed regional = aggregates.region(region.code(), generation);
        Optional<PortfolioEntry> own = aggregates.entryOf(assessed, regional.snapshot().entries());
        String province = region.provinceCode() == null ? ScopeAggregates.NATIONAL : region.provinceCode();
        ScopeAggregates.Hashed provincial = aggregates.aggregated(province, generation);
        ScopeAggregates.Hashed national = aggregates.aggregated(ScopeAggregates.NATIONAL, generation);
        PortfolioFacts facts = new PortfolioFacts(regional.snapshot().entries(),
                ScopeAggregates.without(provincial.snapshot(), own).entries(),
                ScopeAggregates.without(national.snapshot(), own).entries(), national.snapshot().blocs());
        return new Portfolio(facts, new Snapshots(regional.hash(), provincial.hash(), national.hash(), own.orElse(null)),
                List.of(regional, provincial, national));
    }

    private RegionFacts region(String kemendagriCode) {
        Region region = Downstream.call(DIRECTORY, () -> directory.region("KEMENDAGRI", kemendagriCode))
                .orElseThrow(() -> ProblemException.invalid("indonesianRegionCode", "{party.unknown}", kemendagriCode));
        Map<Integer, BigDecimal> revenue = new TreeMap<>();
        Map<Integer, String> sources = new TreeMap<>();
        boolean illustrative = false;
        for (RegionFigure figure : region.getFigures() == null ? List.<RegionFigure>of() : region.getFigures()) {
            if (figure.getMetric() != null && "BUDGET_REVENUE".equals(figure.getMetric().name()) && "IDR".equals(figure.getUnit())) {
                revenue.put(figure.getYear(), figure.getValue());
                if (figure.getSource() != null) {
                    sources.put(figure.getYear(), figure.getSource());
                }
                illustrative |= Boolean.TRUE.equals(figure.getIllustrative());
            }
        }
        return new RegionFacts(kemendagriCode, region.getName(), region.getLevel(), provinceCode(region, kemendagriCode),
                revenue, illustrative, sources);
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

    private static List<String> sectors(Agreement a) {
        return a.getSectors() == null ? List.of() : a.getSectors().stream().map(Enum::name).toList();
    }

    /** The contract names each clause kind as a property of its own. */
    private static Map<ClauseKind, Clause> clauses(id.jembatan.assessment.client.agreements.model.Clauses clauses) {
        Map<ClauseKind, Clause> out = new EnumMap<>(ClauseKind.class);
        if (clauses != null) {
            clause(out, ClauseKind.COST_BENEFIT_ANALYSIS, clauses.getCOSTBENEFITANALYSIS());
            clause(out, ClauseKind.ENVIRONMENTAL_PROTECTION, clauses.getENVIRONMENTALPROTECTION());
            clause(out, ClauseKind.FISCAL_PROVISIONS, clauses.getFISCALPROVISIONS());
            clause(out, ClauseKind.TECHNOLOGY_TRANSFER, clauses.getTECHNOLOGYTRANSFER());
            clause(out, ClauseKind.LOCAL_WORKFORCE_TRAINING, clauses.getLOCALWORKFORCETRAINING());
            clause(out, ClauseKind.DATA_PROTECTION_LOCALISATION, clauses.getDATAPROTECTIONLOCALISATION());
            clause(out, ClauseKind.DISPUTE_RESOLUTION, clauses.getDISPUTERESOLUTION());
            clause(out, ClauseKind.TERMINATION_EXIT, clauses.getTERMINATIONEXIT());
        }
        return out;
    }

    private static void clause(Map<ClauseKind, Clause> out, ClauseKind kind, id.jembatan.assessment.client.agreements.model.Clause c) {
        if (c != null) {
            out.put(kind, new Clause(Boolean.TRUE.equals(c.getPresent()), c.getLocation(), c.getNote()));
        }
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

    private static Outputs outputs(Agreement a) {
        return a.getOutputs() == null ? Outputs.NONE : new Outputs(a.getOutputs().getPeopleTrained(),
                a.getOutputs().getExportValueIdr(), a.getOutputs().getInvestmentValueIdr());
    }
}
