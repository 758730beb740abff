package id.jembatan.assessment.repository;

import id.jembatan.platform.persistence.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Portfolio figures over the projection, one scan per figure, all in SQL, so a national registry answers in
 * milliseconds. Liveness is the {@code live} column, as agreements-service publishes it.
 */
@ApplicationScoped
public class PortfolioRepository {

    @Inject
    EntityManager em;

    /**
     * Which agreements a figure covers: the nation, a province with its regencies and cities, or one region; for
     * the public, only those the public registry shows (not confidential, and known not to be).
     */
    public record Selection(Level level, String code, boolean publicOnly) {
        public enum Level { NATIONAL, PROVINCE, REGION }

        String where(String alias) {
            String scope = switch (level) {
                case NATIONAL -> "true";
                case PROVINCE -> "(" + alias + "province_code = :code or " + alias + "region_code = :code)";
                case REGION -> alias + "region_code = :code";
            };
            return publicOnly ? scope + " and " + alias + "confidential = false" : scope;
        }

        String where() {
            return where("");
        }

        void bind(Query query) {
            if (level != Level.NATIONAL) {
                query.setParameter("code", code);
            }
        }
    }

    /** What agreements are counted by; the expressions are fixed here, never taken from a request. */
    public enum Grouping {
        PARTNER_COUNTRY("partner_country"), BLOC("unnest(partner_blocs)"), SECTOR("unnest(sectors)"), STATE("state"),
        PROVINCE("province_code");

        private final String expression;

        Grouping(String expression) {
            this.expression = expression;
        }
    }

    /** Realised outputs summed over the activity logs. */
    public record Outputs(long peopleTrained, BigDecimal exportValueIdr, BigDecimal investmentValueIdr) {
    }

    /** An agreement as portfolio lists name it. */
    public record ListedAgreement(UUID id, String reference, String title, String regionName, String partnerCountry,
                                  LocalDate validUntil, LocalDate lastActivityOn) {
    }

    private static final String EXPIRING = " and state in ('ACTIVE', 'UNDER_EVALUATION')"
            + " and valid_until between :today and :horizon";
    private static final String DORMANT = " and state = 'ACTIVE' and coalesce(last_activity_on, activated_on, valid_from) < :since";

    /** Agreements by the grouping, most first; live ones only when asked. */
    public Map<String, Long> count(Grouping grouping, Selection selection, boolean liveOnly) {
        Query query = em.createNativeQuery("select " + grouping.expression + " as k, count(*) as n from agreement_projection"
                + " where " + selection.where() + (liveOnly ? " and live" : "") + " group by k order by n desc, k",
                Tuple.class);
        selection.bind(query);
        Map<String, Long> counts = new LinkedHashMap<>();
        Row.of(query).forEach(r -> counts.put(r.string("k"), r.longValue("n")));
        return counts;
    }

    /** Committed value in IDR of the live agreements by partner country, for those with a value. */
    public Map<String, BigDecimal> committedValueByCountry(Selection selection) {
        Query query = em.createNativeQuery("select partner_country, sum(committed_value_idr) as value, count(*) as n"
                + " from agreement_projection where " + selection.where() + " and live and committed_value_idr > 0"
                + " group by partner_country order by partner_country", Tuple.class);
        selection.bind(query);
        Map<String, BigDecimal> values = new TreeMap<>();
        Row.of(query).forEach(r -> values.put(r.string("partner_country"), r.decimal("value")));
        return values;
    }

    /** How many live agreements have a committed value (the value index is computed over them). */
    public long countWithValue(Selection selection) {
        Query query = em.createNativeQuery("select count(*) as n from agreement_projection where " + selection.where()
                + " and live and committed_value_idr > 0", Tuple.class);
        selection.bind(query);
        return Row.of(query).get(0).longValue("n");
    }

    /** Agreements signed by year and partner country, every state. */
    public Map<Integer, Map<String, Long>> signedByYear(Selection selection) {
        Query query = em.createNativeQuery("select signing_year, partner_country, count(*) as n from agreement_projection"
                + " where " + selection.where() + " and signing_year is not null"
                + " group by signing_year, partner_country order by signing_year, partner_country", Tuple.class);
        selection.bind(query);
        Map<Integer, Map<String, Long>> byYear = new TreeMap<>();
        Row.of(query).forEach(r -> byYear.computeIfAbsent(r.intValue("signing_year"), y -> new LinkedHashMap<>())
                .put(r.string("partner_country"), r.longValue("n")));
        return byYear;
    }

    public Outputs outputs(Selection selection) {
        Query query = em.createNativeQuery("select coalesce(sum(people_trained), 0) as people_trained,"
                + " coalesce(sum(export_value_idr), 0) as export_value_idr,"
                + " coalesce(sum(investment_value_idr), 0) as investment_value_idr"
                + " from agreement_projection where " + selection.where(), Tuple.class);
        selection.bind(query);
        Row r = Row.of(query).get(0);
        return new Outputs(r.longValue("people_trained"), r.decimal("export_value_idr"), r.decimal("investment_value_idr"));
    }

    /** Legacy registrations no ministry reviewer has confirmed yet. */
    public long countUnconfirmed(Selection selection) {
        Query query = em.createNativeQuery("select count(*) as n from agreement_projection where " + selection.where()
                + " and unconfirmed", Tuple.class);
        selection.bind(query);
        return Row.of(query).get(0).longValue("n");
    }

    /** Live agreements in force whose validity ends between {@code today} and 90 days later. */
    public long countExpiring(Selection selection, LocalDate today) {
        return count(EXPIRING, selection, today);
    }

    public List<ListedAgreement> expiring(Selection selection, LocalDate today, int limit) {
        return list(EXPIRING, "valid_until, reference", selection, today, limit);
    }

    /** Active agreements without an activity for twelve months before {@code today}. */
    public long countDormant(Selection selection, LocalDate today) {
        return count(DORMANT, selection, today);
    }

    public List<ListedAgreement> dormant(Selection selection, LocalDate today, int limit) {
        return list(DORMANT, "coalesce(last_activity_on, activated_on, valid_from), reference", selection, today, limit);
    }

    private long count(String condition, Selection selection, LocalDate today) {
        Query query = em.createNativeQuery("select count(*) as n from agreement_projection where " + selection.where()
                + condition, Tuple.class);
        bindDates(query, selection, condition, today);
        return Row.of(query).get(0).longValue("n");
    }

    private List<ListedAgreement> list(String condition, String order, Selection selection, LocalDate today, int limit) {
        Query query = em.createNativeQuery("select id, reference, title, region_name, partner_country, valid_until,"
                + " last_activity_on from agreement_projection where " + selection.where() + condition
                + " order by " + order + " limit :limit", Tuple.class);
        bindDates(query, selection, condition, today);
        query.setParameter("limit", limit);
        return Row.of(query).stream().map(r -> new ListedAgreement(r.uuid("id"), r.string("reference"), r.string("title"),
                r.string("region_name"), r.string("partner_country"), r.date("valid_until"), r.date("last_activity_on")))
                .toList();
    }

    private static void bindDates(Query query, Selection selection, String condition, LocalDate today) {
        selection.bind(query);
        if (condition.equals(EXPIRING)) {
            query.setParameter("today", today).setParameter("horizon", today.plusDays(90));
        } else {
            query.setParameter("since", today.minusMonths(12));
        }
    }

    /** The overall level of each agreement's latest assessment, counted by level. */
    public Map<String, Long> latestRiskLevels(Selection selection) {
        Query query = em.createNativeQuery("""
                select overall_level, count(*) as n from (
                    select distinct on (a.agreement_id) a.overall_level
                    from assessment a join agreement_projection p on p.id = a.agreement_id
                    where""" + " " + selection.where("p.") + """
                    order by a.agreement_id, a.created_at desc) latest
                group by overall_level order by overall_level""", Tuple.class);
        selection.bind(query);
        Map<String, Long> levels = new LinkedHashMap<>();
        Row.of(query).forEach(r -> levels.put(r.string("overall_level"), r.longValue("n")));
        return levels;
    }
}
