package id.jembatan.assessment.service;

import id.jembatan.assessment.api.PortfolioView;
import id.jembatan.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Portfolio analytics over the local projection of the registry: one scan per figure, all in SQL, so a
 * national registry answers in milliseconds. The answer says which change-feed position it reflects.
 */
@ApplicationScoped
public class PortfolioService {

    private static final String LIVE = "state not in ('REJECTED', 'WITHDRAWN', 'EXPIRED', 'TERMINATED', 'RENEWED')";
    /** The partners the article names for diversification: countries or blocs. */
    private static final List<String> NAMED_ALTERNATIVES = List.of("JP", "KR", "EU", "ASEAN");

    @Inject
    EntityManager em;

    @Inject
    ChangeFollower follower;

    /** A parsed scope: national, a province with its regencies and cities, or one region. */
    public record Scope(String text, String where, String code) {
        public static Scope parse(String scope) {
            if (scope == null || scope.isBlank() || scope.equals("national")) {
                return new Scope("national", "true", null);
            }
            if (scope.matches("province:\\d{2}")) {
                return new Scope(scope, "(province_code = :code or region_code = :code)", scope.substring(9));
            }
            if (scope.matches("region:\\d{2}(\\.\\d{2})?")) {
                return new Scope(scope, "region_code = :code", scope.substring(7));
            }
            throw ProblemException.invalid("scope", "{portfolio.scope}", scope.length() > 40 ? null : scope);
        }
    }

    private record Computed(long generation, PortfolioView view) {
    }

    private final Map<String, Computed> computed = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Figures are computed once per generation of the projection (a new batch from the change feed or a new
     * assessment) and served from memory until the next one, with their freshness as of the request.
     */
    public PortfolioView portfolio(Scope scope) {
        long generation = follower.generation();
        // "Expiring" and "dormant" depend on the date too.
        String key = scope.text() + "@" + LocalDate.now();
        Computed cached = computed.get(key);
        PortfolioView view;
        if (cached != null && cached.generation() == generation) {
            view = cached.view();
        } else {
            // One computation per scope at a time: concurrent requests for it wait for that one and share it.
            synchronized (key.intern()) {
                Computed again = computed.get(key);
                if (again != null && again.generation() == generation) {
                    view = again.view();
                } else {
                    view = compute(scope);
                    computed.keySet().removeIf(k -> !k.endsWith("@" + LocalDate.now()));
                    computed.put(key, new Computed(generation, view));
                }
            }
        }
        PortfolioView.Freshness freshness = freshness();
        return new PortfolioView(view.scope(), view.agreements(), view.live(), view.byPartnerCountry(), view.byBloc(),
                view.bySector(), view.byState(), view.hhi(), view.hhiBySigningYear(), view.absentBlocs(),
                view.realisedOutputs(), view.expiringWithin90DaysCount(), view.expiringWithin90Days(), view.dormantCount(),
                view.dormant(), view.riskLevels(), freshness);
    }

    private PortfolioView compute(Scope scope) {
        PortfolioView.Freshness freshness = freshness();
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> byCountry = counts("partner_country", scope, true);
            long live = byCountry.values().stream().mapToLong(Long::longValue).sum();
            Map<String, Long> byBloc = counts("unnest(partner_blocs)", scope, true);
            Map<String, Long> byState = counts("state", scope, false);
            return new PortfolioView(scope.text(), byState.values().stream().mapToLong(Long::longValue).sum(), live,
                    byCountry, byBloc, counts("unnest(sectors)", scope, true), byState, hhi(byCountry),
                    hhiByYear(scope), absent(byCountry, byBloc), outputs(scope), count(EXPIRING, scope), expiring(scope),
                    count(DORMANT, scope), dormant(scope),
                    riskLevels(scope, byState.values().stream().mapToLong(Long::longValue).sum()), freshness);
        });
    }

    private PortfolioView.Freshness freshness() {
        ChangeFollower.Freshness f = follower.freshness();
        return new PortfolioView.Freshness(f.position(), f.checkedAt(), f.upToDate());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> counts(String expression, Scope scope, boolean liveOnly) {
        Query query = em.createNativeQuery("select " + expression + " as k, count(*) from agreement_projection where "
                + scope.where() + (liveOnly ? " and " + LIVE : "") + " group by k order by count(*) desc, k");
        bind(query, scope);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    static Integer hhi(Map<String, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        double sum = 0;
        for (long count : counts.values()) {
            double share = 100.0 * count / total;
            sum += share * share;
        }
        return (int) Math.round(sum);
    }

    @SuppressWarnings("unchecked")
    private Map<Integer, Integer> hhiByYear(Scope scope) {
        Query query = em.createNativeQuery("select signing_year, partner_country, count(*) from agreement_projection where "
                + scope.where() + " and signing_year is not null group by signing_year, partner_country order by signing_year");
        bind(query, scope);
        Map<Integer, Map<String, Long>> byYear = new TreeMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            byYear.computeIfAbsent(((Number) row[0]).intValue(), y -> new LinkedHashMap<>())
                    .put((String) row[1], ((Number) row[2]).longValue());
        }
        Map<Integer, Integer> trend = new TreeMap<>();
        Map<String, Long> cumulative = new LinkedHashMap<>();
        byYear.forEach((year, counts) -> {
            counts.forEach((country, count) -> cumulative.merge(country, count, Long::sum));
            trend.put(year, hhi(cumulative));
        });
        return trend;
    }

    private static List<String> absent(Map<String, Long> byCountry, Map<String, Long> byBloc) {
        return NAMED_ALTERNATIVES.stream().filter(p -> !byCountry.containsKey(p) && !byBloc.containsKey(p)).toList();
    }

    private PortfolioView.Outputs outputs(Scope scope) {
        Query query = em.createNativeQuery("select coalesce(sum(people_trained), 0), coalesce(sum(export_value_idr), 0), "
                + "coalesce(sum(investment_value_idr), 0) from agreement_projection where " + scope.where());
        bind(query, scope);
        Object[] row = (Object[]) query.getSingleResult();
        return new PortfolioView.Outputs(((Number) row[0]).longValue(), (BigDecimal) row[1], (BigDecimal) row[2]);
    }

    private static final String EXPIRING = " and state in ('ACTIVE', 'UNDER_EVALUATION') and valid_until between :today and :horizon";
    private static final String DORMANT = " and state = 'ACTIVE' and coalesce(last_activity_on, activated_on, valid_from) < :since";
    private static final int LISTED = 50;

    private long count(String condition, Scope scope) {
        Query query = em.createNativeQuery("select count(*) from agreement_projection where " + scope.where() + condition);
        bindDates(query, scope, condition);
        return ((Number) query.getSingleResult()).longValue();
    }

    private List<PortfolioView.AgreementRef> expiring(Scope scope) {
        Query query = em.createNativeQuery(refs() + scope.where() + EXPIRING + " order by valid_until, reference limit " + LISTED);
        bindDates(query, scope, EXPIRING);
        return refs(query);
    }

    private List<PortfolioView.AgreementRef> dormant(Scope scope) {
        Query query = em.createNativeQuery(refs() + scope.where() + DORMANT
                + " order by coalesce(last_activity_on, activated_on, valid_from), reference limit " + LISTED);
        bindDates(query, scope, DORMANT);
        return refs(query);
    }

    private static void bindDates(Query query, Scope scope, String condition) {
        bind(query, scope);
        if (condition == EXPIRING) {
            query.setParameter("today", LocalDate.now()).setParameter("horizon", LocalDate.now().plusDays(90));
        } else {
            query.setParameter("since", LocalDate.now().minusMonths(12));
        }
    }

    private static String refs() {
        return "select cast(id as text), reference, title, region_name, partner_country, valid_until, last_activity_on "
                + "from agreement_projection where ";
    }

    @SuppressWarnings("unchecked")
    private static List<PortfolioView.AgreementRef> refs(Query query) {
        List<PortfolioView.AgreementRef> refs = new ArrayList<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            refs.add(new PortfolioView.AgreementRef(UUID.fromString((String) r[0]), (String) r[1], (String) r[2],
                    (String) r[3], (String) r[4], date(r[5]), date(r[6])));
        }
        return refs;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> riskLevels(Scope scope, long total) {
        Query query = em.createNativeQuery("""
                select overall_level, count(*) from (
                    select distinct on (a.agreement_id) a.overall_level
                    from assessment a join agreement_projection p on p.id = a.agreement_id
                    where """ + " " + scope.where().replace("province_code", "p.province_code").replace("region_code", "p.region_code") + """
                    order by a.agreement_id, a.created_at desc) latest
                group by overall_level""");
        bind(query, scope);
        Map<String, Long> levels = new LinkedHashMap<>();
        long assessed = 0;
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            levels.put((String) row[0], ((Number) row[1]).longValue());
            assessed += ((Number) row[1]).longValue();
        }
        levels.put("NOT_ASSESSED", total - assessed);
        return levels;
    }

    private static void bind(Query query, Scope scope) {
        if (scope.code() != null) {
            query.setParameter("code", scope.code());
        }
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
