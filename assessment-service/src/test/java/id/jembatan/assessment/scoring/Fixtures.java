package id.jembatan.assessment.scoring;

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
import id.jembatan.assessment.scoring.model.ScoringModel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Agreements for tests. {@link #clean()} raises no finding in any dimension (with a portfolio that is
 * diversified enough); tests change one thing at a time. Amounts and dates not stated in the article are
 * illustrative.
 */
public final class Fixtures {
    public static final ScoringModel MODEL = ScoringModel.version1();
    public static final LocalDate AS_OF = LocalDate.of(2025, 10, 1);
    public static final UUID ASSESSED_ID = UUID.fromString("00000000-0000-0000-0000-000000000001");
    public static final BigDecimal TRILLION = new BigDecimal("1000000000000");

    private Fixtures() {
    }

    public static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    public static Builder clean() {
        Builder b = new Builder();
        for (ClauseKind kind : ClauseKind.values()) {
            b.clause(kind, true);
        }
        b.costBenefit = robustCba();
        b.instruments.add(new Instrument("MOU", LocalDate.of(2024, 3, 1), true));
        b.approvals = new Approvals("DPRD-12/2023", "KEMENDAGRI-100/2024");
        b.trainingTarget = 40;
        b.activity(40, null, null);
        return b;
    }

    /**
     * Kota Serang with Hangzhou: the Letter of Intent of 5 September 2025, with visits to Alibaba and
     * DeepSeek on e-commerce and AI, framed as investment seeking. No clauses or figures are known.
     */
    public static Builder serangHangzhouLoi() {
        Builder b = new Builder();
        b.reference = "LOI-SERANG-HANGZHOU-2025";
        b.title = "Letter of Intent Kota Serang – Hangzhou";
        b.type = "ECONOMIC_COOPERATION";
        b.state = "LOI_SIGNED";
        b.sectors("E_COMMERCE", "ARTIFICIAL_INTELLIGENCE", "INVESTMENT");
        b.instruments.add(new Instrument("LOI", LocalDate.of(2025, 9, 5), true));
        b.region = new RegionFacts("36.73", "Kota Serang", 2, "36", Map.of(), false);
        b.organisations.add(new OrganisationFacts("Alibaba Group", "CN", "TECHNOLOGY_PARTNER", false,
                Set.of("E_COMMERCE")));
        b.organisations.add(new OrganisationFacts("DeepSeek", "CN", "TECHNOLOGY_PARTNER", false,
                Set.of("ARTIFICIAL_INTELLIGENCE")));
        return b;
    }

    /** Costs 100 in year 0, benefits 30 a year in years 1–5 (a six-year horizon): viable, but not under stress. */
    public static CostBenefit standardCba(BigDecimal rate) {
        return fiveYears(rate, "30");
    }

    /** Costs 100 in year 0, benefits 40 a year in years 1–5: viable under every stress. */
    public static CostBenefit robustCba() {
        return fiveYears(new BigDecimal("0.08"), "40");
    }

    private static CostBenefit fiveYears(BigDecimal rate, String yearlyBenefit) {
        List<Flow> benefits = new ArrayList<>();
        for (int year = 1; year <= 5; year++) {
            benefits.add(new Flow(year, "TOURISM", bd(yearlyBenefit)));
        }
        return new CostBenefit(rate, 6, "IDR", List.of(new Flow(0, "REGION", bd("100"))), benefits);
    }

    /**
     * Seven live agreements besides the assessed one, each with another country and Rp100bn: eight countries
     * by count (HHI 8 * 12.5^2 = 1250), seven by value (HHI 7 * (100/7)^2 = 1428.57), every target present.
     */
    public static PortfolioFacts diversifiedPortfolio() {
        List<PortfolioEntry> region = new ArrayList<>();
        for (String country : List.of("JP", "KR", "DE", "SG", "US", "AU", "IN")) {
            region.add(entry(country, new BigDecimal("100000000000")));
        }
        return new PortfolioFacts(region, List.of(), List.of(), blocs());
    }

    /** Final states, after which agreements-service publishes an agreement as not live. */
    public static final Set<String> FINAL_STATES =
            Set.of("RENEWED", "EXPIRED", "TERMINATED", "REJECTED", "WITHDRAWN");

    public static PortfolioEntry entry(String country, String state) {
        return new PortfolioEntry(UUID.randomUUID(), country, null, state, !FINAL_STATES.contains(state), 2024);
    }

    public static PortfolioEntry entry(String country, BigDecimal value) {
        return new PortfolioEntry(UUID.randomUUID(), country, value, "ACTIVE", true, 2024);
    }

    public static Map<String, Set<String>> blocs() {
        return Map.of("CN", Set.of("G20", "BRICS", "EAST_ASIA_PLUS_THREE"),
                "JP", Set.of("G20", "OECD", "EAST_ASIA_PLUS_THREE"),
                "KR", Set.of("G20", "OECD", "EAST_ASIA_PLUS_THREE"),
                "DE", Set.of("EU", "G20", "OECD"),
                "SG", Set.of("ASEAN"));
    }

    public static final class Builder {
        public UUID id = ASSESSED_ID;
        public String reference = "KS-2024-001";
        public String title = "Sister city cooperation";
        public Form form = Form.KSDPL;
        public String type = "SISTER_CITY";
        public Set<String> sectors = Set.of("TOURISM");
        public String state = "ACTIVE";
        public boolean live = true;
        public LocalDate validFrom = LocalDate.of(2024, 1, 1);
        public LocalDate validUntil = LocalDate.of(2029, 1, 1);
        public Map<ClauseKind, Clause> clauses = new EnumMap<>(ClauseKind.class);
        public CostBenefit costBenefit;
        public List<Commitment> commitments = new ArrayList<>();
        public List<Instrument> instruments = new ArrayList<>();
        public Approvals approvals;
        public Outputs outputs = Outputs.NONE;
        public Integer trainingTarget;
        public String environmentalApprovalRef;
        public RegionFacts region = new RegionFacts("36.03", "Kabupaten Tangerang", 2, "36",
                new TreeMap<>(Map.of(2024, TRILLION)), false);
        public PartnerFacts partner = new PartnerFacts("CN", "China", true,
                Set.of("G20", "BRICS", "EAST_ASIA_PLUS_THREE"));
        public List<OrganisationFacts> organisations = new ArrayList<>();
        public Integer foreignRegionLevel;

        public Builder sectors(String... values) {
            sectors = Set.of(values);
            return this;
        }

        public Builder clause(ClauseKind kind, boolean present) {
            clauses.put(kind, new Clause(present, present ? "Art. 5" : null, null));
            return this;
        }

        public Builder clauseAbsent(ClauseKind kind, String note) {
            clauses.put(kind, new Clause(false, null, note));
            return this;
        }

        public Builder withoutClause(ClauseKind kind) {
            clauses.remove(kind);
            return this;
        }

        /** The state, and whether it is live as agreements-service publishes it. */
        public Builder state(String value) {
            state = value;
            live = !FINAL_STATES.contains(value);
            return this;
        }

        public Builder revenue(int year, BigDecimal amount) {
            Map<Integer, BigDecimal> byYear = new TreeMap<>(region.budgetRevenueByYear());
            byYear.put(year, amount);
            region = new RegionFacts(region.code(), region.name(), region.level(), region.provinceCode(), byYear,
                    region.budgetRevenueIllustrative());
            return this;
        }

        public Builder commitment(Obligor obligor, CommitmentKind kind, String amount, String currency,
                                  Map<Integer, BigDecimal> schedule, LoanTerms loan) {
            commitments.add(new Commitment(obligor, kind, bd(amount), currency, schedule, loan));
            return this;
        }

        public Builder activity(int peopleTrained, String exportValue, String investmentValue) {
            outputs = new Outputs(outputs.peopleTrained() + peopleTrained,
                    exportValue == null ? outputs.exportValueIdr() : outputs.exportValueIdr().add(bd(exportValue)),
                    investmentValue == null ? outputs.investmentValueIdr() : outputs.investmentValueIdr().add(bd(investmentValue)));
            return this;
        }

        public AgreementFacts build() {
            return new AgreementFacts(id, reference, title, form, type, sectors, state, live, validFrom, validUntil, clauses,
                    costBenefit, commitments, instruments, approvals, outputs, trainingTarget,
                    environmentalApprovalRef, region, partner, organisations, foreignRegionLevel);
        }
    }
}
