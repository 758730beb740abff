package id.jembatan.assessment.scoring;

import id.jembatan.assessment.scoring.facts.Outputs;
import static id.jembatan.assessment.scoring.Fixtures.bd;

import id.jembatan.assessment.scoring.facts.AgreementFacts;
import id.jembatan.assessment.scoring.facts.Approvals;
import id.jembatan.assessment.scoring.facts.ClauseKind;
import id.jembatan.assessment.scoring.facts.CommitmentKind;
import id.jembatan.assessment.scoring.facts.CostBenefit;
import id.jembatan.assessment.scoring.facts.Flow;
import id.jembatan.assessment.scoring.facts.Form;
import id.jembatan.assessment.scoring.facts.Instrument;
import id.jembatan.assessment.scoring.facts.LoanTerms;
import id.jembatan.assessment.scoring.facts.Obligor;
import id.jembatan.assessment.scoring.facts.OrganisationFacts;
import id.jembatan.assessment.scoring.facts.PartnerFacts;
import id.jembatan.assessment.scoring.facts.PortfolioEntry;
import id.jembatan.assessment.scoring.facts.PortfolioFacts;
import id.jembatan.assessment.scoring.facts.RegionFacts;
import id.jembatan.assessment.scoring.model.Dimension;
import id.jembatan.assessment.scoring.model.Level;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Agreements built so that the right answer is known: well-made ones of many kinds, which must be LOW in every
 * dimension, and ones with a real defect, which must alarm. Partners, places and sectors are of the kinds
 * regions actually sign; amounts, dates and revenue figures are illustrative round numbers.
 */
final class Agreements {
    private Agreements() {
    }

    /** A named case: the agreement and the portfolio it is assessed in. */
    record Case(String name, AgreementFacts agreement, PortfolioFacts portfolio) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final Map<String, Set<String>> BLOCS = Map.ofEntries(
            Map.entry("CN", Set.of("G20", "BRICS", "EAST_ASIA_PLUS_THREE")),
            Map.entry("JP", Set.of("G20", "OECD", "EAST_ASIA_PLUS_THREE")),
            Map.entry("KR", Set.of("G20", "OECD", "EAST_ASIA_PLUS_THREE")),
            Map.entry("AU", Set.of("G20", "OECD")),
            Map.entry("US", Set.of("G20", "OECD")),
            Map.entry("IN", Set.of("G20", "BRICS")),
            Map.entry("DE", Set.of("EU", "G20", "OECD")),
            Map.entry("FR", Set.of("EU", "G20", "OECD")),
            Map.entry("NL", Set.of("EU", "OECD")),
            Map.entry("SG", Set.of("ASEAN")),
            Map.entry("MY", Set.of("ASEAN")));

    private static final Map<String, String> COUNTRY_NAMES = Map.ofEntries(
            Map.entry("CN", "China"), Map.entry("JP", "Japan"), Map.entry("KR", "South Korea"),
            Map.entry("AU", "Australia"), Map.entry("US", "United States"), Map.entry("IN", "India"),
            Map.entry("DE", "Germany"), Map.entry("FR", "France"), Map.entry("NL", "Netherlands"),
            Map.entry("SG", "Singapore"), Map.entry("MY", "Malaysia"));

    static final BigDecimal BILLION = new BigDecimal("1000000000");

    /** The well-made agreements: every dimension must be LOW under the default model. */
    static List<Case> wellMade() {
        return List.of(
                // The case of the issue: a Japanese prefecture, education and tourism, the partner's grant only,
                // the region's revenue unknown, its first agreement.
                new Case("JP prefecture, education and tourism, partner's grant only, revenue unknown, first agreement",
                        wellMade("Kota Yogyakarta", "34.71", 2, "34", null, "JP", "EDUCATION", "TOURISM")
                                .commitment(Obligor.FOREIGN_PARTY, CommitmentKind.GRANT, "30000000", "JPY", Map.of(), null)
                                .build(),
                        portfolio(List.of(), List.of(), List.of())),
                new Case("KR city, creative economy, region co-funds Rp2bn over two years",
                        wellMade("Kota Bandung", "32.73", 2, "32", bd("7500000000000"), "KR", "CREATIVE_ECONOMY",
                                "HUMAN_RESOURCES")
                                .commitment(Obligor.INDONESIAN_PARTY, CommitmentKind.BUDGET_ALLOCATION, "2000000000", "IDR",
                                        Map.of(2025, bd("1000000000"), 2026, bd("1000000000")), null)
                                .commitment(Obligor.FOREIGN_PARTY, CommitmentKind.GRANT, "150000", "USD", Map.of(), null)
                                .build(),
                        portfolio(countries("JP", "CN", "CN"), List.of(), nationalChinaHeavy())),
                new Case("AU state, agriculture (physical works), environmental approval recorded, third-party grant",
                        withApproval(wellMade("Provinsi Nusa Tenggara Barat", "52", 1, "52", bd("6000000000000"), "AU",
                                "AGRICULTURE"))
                                .commitment(Obligor.THIRD_PARTY, CommitmentKind.GRANT, "400000", "USD", Map.of(), null)
                                .build(),
                        portfolio(countries("JP", "KR", "CN", "SG", "US", "DE"), List.of(), nationalChinaHeavy())),
                new Case("DE city, waste management, region's in-kind contribution scheduled",
                        withApproval(wellMade("Kota Semarang", "33.74", 2, "33", bd("5500000000000"), "DE",
                                "ENVIRONMENT"))
                                .commitment(Obligor.INDONESIAN_PARTY, CommitmentKind.IN_KIND, "800000000", "IDR",
                                        Map.of(2024, bd("400000000"), 2025, bd("400000000")), null)
                                .commitment(Obligor.FOREIGN_PARTY, CommitmentKind.GRANT, "500000", "EUR", Map.of(), null)
                                .build(),
                        portfolio(countries("JP", "KR", "SG", "CN"), List.of(), List.of())),
                new Case("NL province, renewable energy, in a province whose other agreements are all with CN",
                        withApproval(wellMade("Provinsi Jawa Tengah", "33", 1, "33", bd("28000000000000"), "NL",
                                "ENERGY"))
                                .commitment(Obligor.INDONESIAN_PARTY, CommitmentKind.BUDGET_ALLOCATION, "5000000000", "IDR",
                                        Map.of(2025, bd("2500000000"), 2026, bd("2500000000")), null)
                                .commitment(Obligor.FOREIGN_PARTY, CommitmentKind.GRANT, "2000000", "EUR", Map.of(), null)
                                .build(),
                        portfolio(countries("CN", "CN", "CN", "CN"), countries("CN", "CN", "CN", "CN", "CN", "JP"),
                                nationalChinaHeavy())),
                new Case("US state, health and human resources, no money from the region",
                        wellMade("Provinsi Jawa Barat", "32", 1, "32", bd("36000000000000"), "US", "HEALTH",
                                "HUMAN_RESOURCES")
                                .commitment(Obligor.FOREIGN_PARTY, CommitmentKind.GRANT, "1000000", "USD", Map.of(), null)
                                .build(),
                        portfolio(countries("JP", "KR", "DE", "SG", "AU", "CN", "CN"), List.of(), nationalChinaHeavy())),
                new Case("SG, trade and tourism, approved and not yet in force, region grant Rp500m",
                        approvedNotYetActive(wellMade("Kota Batam", "21.71", 2, "21", bd("3200000000000"), "SG",
                                "TRADE_EXPORT", "TOURISM"))
                                .commitment(Obligor.INDONESIAN_PARTY, CommitmentKind.GRANT, "500000000", "IDR",
                                        Map.of(2026, bd("500000000")), null)
                                .build(),
                        portfolio(countries("JP", "CN", "MY", "KR", "AU"), List.of(), List.of())),
                new Case("CN province, trade and education, in a diversified region, nationally CN-heavy",
                        wellMade("Provinsi Sumatera Utara", "12", 1, "12", bd("13000000000000"), "CN", "TRADE_EXPORT",
                                "EDUCATION")
                                .commitment(Obligor.FOREIGN_PARTY, CommitmentKind.GRANT, "3000000", "CNY", Map.of(), null)
                                .build(),
                        portfolio(countries("JP", "KR", "DE", "SG", "US", "AU", "IN"), List.of(), nationalChinaHeavy())),
                new Case("KR city, smart city with a data clause and a private Korean technology partner",
                        digital(wellMade("Kota Surabaya", "35.78", 2, "35", bd("11000000000000"), "KR", "SMART_CITY",
                                "DIGITAL_INFRASTRUCTURE"))
                                .commitment(Obligor.FOREIGN_PARTY, CommitmentKind.GRANT, "2000000000", "KRW", Map.of(), null)
                                .build(),
                        portfolio(countries("JP", "CN", "DE", "SG", "US", "AU"), List.of(), List.of())),
                new Case("FR agency, infrastructure on a loan within every PP 56/2018 limit",
                        withApproval(wellMade("Kabupaten Badung", "51.03", 2, "51", bd("6000000000000"), "FR",
                                "INFRASTRUCTURE"))
                                .commitment(Obligor.INDONESIAN_PARTY, CommitmentKind.LOAN, "20000000000", "IDR", Map.of(),
                                        new LoanTerms(bd("0.05"), 10, 2, null))
                                .build(),
                        portfolio(countries("JP", "KR", "CN", "SG", "AU", "US"), List.of(), List.of())),
                new Case("MY city, Letter of Intent stage, tourism and education",
                        letterOfIntent(wellMade("Kota Makassar", "73.71", 2, "73", bd("4500000000000"), "MY", "TOURISM",
                                "EDUCATION"))
                                .build(),
                        portfolio(countries("JP", "CN"), List.of(), List.of())),
                new Case("KR province, tourism and environment, partner grant, region's share scheduled",
                        withApproval(wellMade("Provinsi Bali", "51", 1, "51", bd("7000000000000"), "KR", "TOURISM",
                                "ENVIRONMENT"))
                                .commitment(Obligor.INDONESIAN_PARTY, CommitmentKind.BUDGET_ALLOCATION, "2000000000",
                                        "IDR", Map.of(2025, bd("1000000000"), 2026, bd("1000000000")), null)
                                .commitment(Obligor.FOREIGN_PARTY, CommitmentKind.GRANT, "500000", "USD", Map.of(), null)
                                .build(),
                        portfolio(countries("CN", "CN", "JP", "AU", "SG", "DE"), countries("CN", "CN", "CN"),
                                nationalChinaHeavy())),
                // Found when trying the API as an analyst: a draft whose validity has begun on paper was judged
                // behind its training target, and a partner that lowers the high national index by count was
                // charged with it because it raised the (moderate) index by value.
                new Case("JP city, education and human resources, still in negotiation though its draft's validity has "
                        + "begun, training target 100; nationally CN-heavy by count, few agreements valued",
                        inNegotiation(wellMade("Kota Malang", "35.73", 2, "35", bd("2500000000000"), "JP", "EDUCATION",
                                "HUMAN_RESOURCES"))
                                .commitment(Obligor.FOREIGN_PARTY, CommitmentKind.GRANT, "30000000000", "IDR", Map.of(),
                                        null)
                                .build(),
                        portfolio(List.of(), List.of(), nationalChinaHeavyFewValued())));
    }

    /** Agreements with a real defect: each must alarm in the dimension named. */
    static List<Alarm> mustAlarm() {
        List<Alarm> alarms = new ArrayList<>();
        alarms.add(new Alarm(new Case("Serang–Hangzhou LoI as the article describes it",
                Fixtures.serangHangzhouLoi().build(), portfolio(List.of(), List.of(), List.of())),
                Dimension.TRANSPARENCY, Level.HIGH, "TRANSPARENCY.CBA_MISSING"));
        alarms.add(new Alarm(new Case("Safeguard clauses not filled in",
                wellMade("Kota Bandung", "32.73", 2, "32", bd("7500000000000"), "KR", "TOURISM")
                        .withoutClause(ClauseKind.ENVIRONMENTAL_PROTECTION).withoutClause(ClauseKind.FISCAL_PROVISIONS)
                        .build(), portfolio(countries("JP", "DE", "SG"), List.of(), List.of())),
                Dimension.TRANSPARENCY, Level.MODERATE, "TRANSPARENCY.FISCAL_CLAUSE_NOT_FILLED"));
        alarms.add(new Alarm(new Case("Active without the DPRD and central approval references",
                withApprovals(wellMade("Kota Bandung", "32.73", 2, "32", bd("7500000000000"), "KR", "TOURISM"), null)
                        .build(), portfolio(countries("JP", "DE", "SG"), List.of(), List.of())),
                Dimension.TRANSPARENCY, Level.HIGH, "TRANSPARENCY.CENTRAL_APPROVAL_NOT_RECORDED"));
        Fixtures.Builder losing = wellMade("Kota Bandung", "32.73", 2, "32", bd("7500000000000"), "KR", "TOURISM");
        losing.costBenefit = new CostBenefit(bd("0.08"), 3, "IDR", List.of(new Flow(0, "REGION", bd("100"))),
                List.of(new Flow(1, "TOURISM", bd("20")), new Flow(2, "TOURISM", bd("20"))));
        alarms.add(new Alarm(new Case("Costs exceed benefits", losing.build(),
                portfolio(countries("JP", "DE", "SG"), List.of(), List.of())),
                Dimension.COST_BENEFIT, Level.HIGH, "COST_BENEFIT.NEGATIVE_NPV"));
        alarms.add(new Alarm(new Case("Loan above the borrowing ceiling (PP 56/2018)",
                wellMade("Kota Serang", "36.73", 2, "36", bd("1000000000000"), "KR", "INFRASTRUCTURE")
                        .commitment(Obligor.INDONESIAN_PARTY, CommitmentKind.LOAN, "800000000000", "IDR", Map.of(),
                                new LoanTerms(bd("0.06"), 15, 3, null))
                        .build(), portfolio(countries("JP", "DE", "SG"), List.of(), List.of())),
                Dimension.FISCAL_EXPOSURE, Level.CRITICAL, "FISCAL.BORROWING_CEILING_EXCEEDED"));
        alarms.add(new Alarm(new Case("Region co-funds Rp5bn, revenue unknown",
                wellMade("Kota Serang", "36.73", 2, "36", null, "KR", "TOURISM")
                        .commitment(Obligor.INDONESIAN_PARTY, CommitmentKind.BUDGET_ALLOCATION, "5000000000", "IDR",
                                Map.of(2025, bd("5000000000")), null)
                        .build(), portfolio(countries("JP", "DE", "SG"), List.of(), List.of())),
                Dimension.FISCAL_EXPOSURE, Level.MODERATE, "FISCAL.REVENUE_MISSING"));
        alarms.add(new Alarm(new Case("Region's yearly outlay 12% of its revenue",
                wellMade("Kota Serang", "36.73", 2, "36", bd("1000000000000"), "KR", "TOURISM")
                        .commitment(Obligor.INDONESIAN_PARTY, CommitmentKind.BUDGET_ALLOCATION, "120000000000", "IDR",
                                Map.of(2025, bd("120000000000")), null)
                        .build(), portfolio(countries("JP", "DE", "SG"), List.of(), List.of())),
                Dimension.FISCAL_EXPOSURE, Level.CRITICAL, "FISCAL.EXPOSURE_CRITICAL"));
        alarms.add(new Alarm(new Case("Partner country without diplomatic relations",
                partnerWithoutRelations(wellMade("Kota Bandung", "32.73", 2, "32", bd("7500000000000"), "JP",
                        "TOURISM")).build(), portfolio(countries("KR", "DE", "SG"), List.of(), List.of())),
                Dimension.POLICY_ALIGNMENT, Level.CRITICAL, "POLICY.NO_DIPLOMATIC_RELATIONS"));
        alarms.add(new Alarm(new Case("Regency agrees on energy, a provincial competence",
                withApproval(wellMade("Kabupaten Tangerang", "36.03", 2, "36", bd("8000000000000"), "DE", "ENERGY"))
                        .build(), portfolio(countries("JP", "KR", "SG"), List.of(), List.of())),
                Dimension.POLICY_ALIGNMENT, Level.HIGH, "POLICY.NOT_REGENCY_COMPETENCE"));
        alarms.add(new Alarm(new Case("Sixth CN agreement of ten: dominant partner in a large portfolio",
                wellMade("Kota Serang", "36.73", 2, "36", bd("1000000000000"), "CN", "TOURISM").build(),
                portfolio(countries("CN", "CN", "CN", "CN", "CN", "JP", "JP", "KR", "SG"), List.of(), List.of())),
                Dimension.PARTNER_CONCENTRATION, Level.CRITICAL, "CONCENTRATION.DOMINANT_PARTNER"));
        alarms.add(new Alarm(new Case("Fifth CN agreement of five: all eggs in one basket",
                wellMade("Kota Serang", "36.73", 2, "36", bd("1000000000000"), "CN", "TOURISM").build(),
                portfolio(countries("CN", "CN", "CN", "CN"), List.of(), List.of())),
                Dimension.PARTNER_CONCENTRATION, Level.CRITICAL, "CONCENTRATION.REGION_HIGH"));
        Fixtures.Builder sovereignty = wellMade("Kota Serang", "36.73", 2, "36", bd("1000000000000"), "CN",
                "SMART_CITY", "E_COMMERCE").withoutClause(ClauseKind.DATA_PROTECTION_LOCALISATION);
        sovereignty.organisations.add(new OrganisationFacts("State-owned cloud operator", "CN", "TECHNOLOGY_PARTNER",
                true, Set.of("DATA")));
        alarms.add(new Alarm(new Case("Smart city without a data clause, state-controlled foreign cloud",
                sovereignty.build(), portfolio(countries("JP", "KR", "DE", "SG", "US"), List.of(), List.of())),
                Dimension.DIGITAL_SOVEREIGNTY, Level.CRITICAL, "DIGITAL.DATA_CLAUSE_MISSING"));
        alarms.add(new Alarm(new Case("Industrial park without environmental safeguards",
                wellMade("Kabupaten Tangerang", "36.03", 2, "36", bd("8000000000000"), "KR", "INDUSTRY")
                        .withoutClause(ClauseKind.ENVIRONMENTAL_PROTECTION).build(),
                portfolio(countries("JP", "DE", "SG"), List.of(), List.of())),
                Dimension.ENVIRONMENTAL_SOCIAL, Level.HIGH, "ENVIRONMENT.SAFEGUARDS_MISSING"));
        alarms.add(new Alarm(new Case("Investment without a technology-transfer clause",
                wellMade("Kabupaten Tangerang", "36.03", 2, "36", bd("8000000000000"), "KR", "INVESTMENT", "TRADE_EXPORT")
                        .withoutClause(ClauseKind.TECHNOLOGY_TRANSFER).build(),
                portfolio(countries("JP", "DE", "SG"), List.of(), List.of())),
                Dimension.TECHNOLOGY_TRANSFER, Level.HIGH, "TECHNOLOGY.PASSIVE_RECIPIENT"));
        return List.copyOf(alarms);
    }

    /** A must-alarm case: the dimension that must reach at least {@code atLeast}, through {@code rule}. */
    record Alarm(Case assessed, Dimension dimension, Level atLeast, String rule) {
        @Override
        public String toString() {
            return assessed.name();
        }
    }

    /**
     * A well-made agreement: all eight clauses present, a cost-benefit analysis that stays positive under +20%
     * cost and −20% benefit, public documents, the approvals its state needs, training on track.
     *
     * @param revenue the latest APBD revenue (of 2024), null when unknown
     */
    static Fixtures.Builder wellMade(String regionName, String regionCode, int level, String provinceCode,
                                     BigDecimal revenue, String partner, String... sectors) {
        Fixtures.Builder b = Fixtures.clean();
        b.id = UUID.nameUUIDFromBytes((regionCode + partner + String.join(",", sectors)).getBytes());
        b.reference = "KS-" + regionCode + "-" + partner;
        b.title = regionName + " – " + COUNTRY_NAMES.get(partner);
        b.form = Form.KSDPL;
        b.type = "SISTER_CITY";
        b.sectors(sectors);
        b.region = new RegionFacts(regionCode, regionName, level, provinceCode,
                revenue == null ? Map.of() : new TreeMap<>(Map.of(2024, revenue)), false);
        b.partner = new PartnerFacts(partner, COUNTRY_NAMES.get(partner), true, BLOCS.getOrDefault(partner, Set.of()));
        return b;
    }

    private static Fixtures.Builder withApproval(Fixtures.Builder b) {
        b.environmentalApprovalRef = "UKL-UPL 660/123/2024";
        return b;
    }

    private static Fixtures.Builder withApprovals(Fixtures.Builder b, Approvals approvals) {
        b.approvals = approvals;
        return b;
    }

    private static Fixtures.Builder digital(Fixtures.Builder b) {
        b.organisations.add(new OrganisationFacts("Korean smart-city integrator", "KR", "TECHNOLOGY_PARTNER", false,
                Set.of("SMART_CITY")));
        return b;
    }

    /** Approved by the centre, in force from next year: no training is due yet. */
    private static Fixtures.Builder approvedNotYetActive(Fixtures.Builder b) {
        b.state("APPROVED");
        b.validFrom = LocalDate.of(2026, 1, 1);
        b.validUntil = LocalDate.of(2030, 12, 31);
        b.outputs = Outputs.NONE;
        return b;
    }

    /** Just past the Letter of Intent: no approval is due yet, the LoI is the only instrument. */
    private static Fixtures.Builder letterOfIntent(Fixtures.Builder b) {
        b.state("LOI_SIGNED");
        b.approvals = null;
        b.instruments.clear();
        b.instruments.add(new Instrument("LOI", LocalDate.of(2025, 8, 20), true));
        b.validFrom = null;
        b.validUntil = null;
        b.outputs = Outputs.NONE;
        return b;
    }

    /** Registered and being negotiated, with a training target and a validity that began on paper. */
    private static Fixtures.Builder inNegotiation(Fixtures.Builder b) {
        b.state("EXPLORATION");
        b.approvals = null;
        b.trainingTarget = 100;
        b.outputs = Outputs.NONE;
        return b;
    }

    private static Fixtures.Builder partnerWithoutRelations(Fixtures.Builder b) {
        b.partner = new PartnerFacts("TW", "Taiwan", false, Set.of());
        return b;
    }

    static List<PortfolioEntry> countries(String... codes) {
        List<PortfolioEntry> entries = new ArrayList<>();
        for (String code : codes) {
            entries.add(new PortfolioEntry(UUID.randomUUID(), code, new BigDecimal("10").multiply(BILLION), "ACTIVE",
                    true, 2023));
        }
        return entries;
    }

    /** The nation as the article sees it: China far ahead (HHI above 2,500 by count). */
    static List<PortfolioEntry> nationalChinaHeavy() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("CN", 60);
        counts.put("JP", 12);
        counts.put("KR", 10);
        counts.put("AU", 5);
        counts.put("US", 5);
        counts.put("DE", 4);
        counts.put("SG", 4);
        List<PortfolioEntry> entries = new ArrayList<>();
        counts.forEach((country, n) -> entries.add(new PortfolioEntry(null, country,
                BILLION.multiply(BigDecimal.valueOf(10L * n)), "ACTIVE", true, null, n)));
        return entries;
    }

    /**
     * China far ahead by count (as {@link #nationalChinaHeavy()}), but only six agreements with a committed value,
     * Rp10bn each with six countries other than Japan: a moderate index by value (1,667) that a Japanese Rp30bn
     * raises to 1,852, while it lowers the high index by count.
     */
    static List<PortfolioEntry> nationalChinaHeavyFewValued() {
        List<PortfolioEntry> entries = new ArrayList<>();
        nationalChinaHeavy().forEach(e -> entries.add(new PortfolioEntry(null, e.partnerCountry(), null, "ACTIVE", true,
                null, e.agreements() - (e.partnerCountry().equals("JP") ? 0 : 1))));
        for (String country : List.of("CN", "KR", "AU", "US", "DE", "SG")) {
            entries.add(new PortfolioEntry(null, country, new BigDecimal("10").multiply(BILLION), "ACTIVE", true, null));
        }
        return entries;
    }

    static PortfolioFacts portfolio(List<PortfolioEntry> region, List<PortfolioEntry> province,
                                    List<PortfolioEntry> national) {
        return new PortfolioFacts(region, province, national, BLOCS);
    }
}
