package id.jembatan.agreements.repository;

import id.jembatan.agreements.api.AgreementSummary;
import id.jembatan.agreements.api.Outputs;
import id.jembatan.agreements.domain.Agreement;
import id.jembatan.agreements.domain.AgreementState;
import id.jembatan.agreements.domain.AgreementType;
import id.jembatan.agreements.domain.Form;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class AgreementRepository implements PanacheRepositoryBase<Agreement, UUID> {

    public record Page(List<Agreement> agreements, long total) {
    }

    /** Containment ({@code @>}) rather than {@code = any(...)} for arrays, so their GIN indexes can answer. */
    public Page search(AgreementQuery query, int offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, parameters);
        Query count = getEntityManager().createNativeQuery("select count(*) from agreement a" + where);
        Query page = getEntityManager().createNativeQuery("select cast(a.id as text) from agreement a" + where
                        + " order by a." + query.sort().field().column + (query.sort().descending() ? " desc nulls last" : " asc nulls last")
                        + ", a.id")
                .setFirstResult(offset).setMaxResults(limit);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        long total = ((Number) count.getSingleResult()).longValue();
        List<UUID> ids = new ArrayList<>();
        for (Object id : page.getResultList()) {
            ids.add(UUID.fromString(id.toString()));
        }
        return new Page(inOrder(ids), total);
    }

    /** Summaries straight from the columns: a list never parses the JSON parts it does not show. */
    @SuppressWarnings("unchecked")
    public SummaryPage summaries(AgreementQuery query, int offset, int limit, boolean counted) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, parameters);
        Query page = getEntityManager().createNativeQuery("""
                select cast(a.id as text), a.reference, a.title, a.form, a.type, a.state, a.region_code, a.region_name,
                       a.province_code, a.foreign_party_name, a.partner_country, a.partner_blocs, a.sectors, a.signed_on,
                       a.valid_from, a.valid_until, a.committed_value_idr, a.last_activity_on, a.people_trained,
                       a.export_value_idr, a.investment_value_idr,
                       a.state = 'ACTIVE' and coalesce(a.last_activity_on, a.activated_on, a.valid_from) < :dormantSince,
                       a.version
                from agreement a""" + where + " order by a." + query.sort().field().column
                        + (query.sort().descending() ? " desc nulls last" : " asc nulls last") + ", a.id")
                .setFirstResult(offset).setMaxResults(limit)
                .setParameter("dormantSince", LocalDate.now().minusMonths(12));
        parameters.forEach(page::setParameter);
        List<AgreementSummary> items = new ArrayList<>();
        for (Object[] r : (List<Object[]>) page.getResultList()) {
            items.add(new AgreementSummary(UUID.fromString((String) r[0]), (String) r[1], (String) r[2],
                    Form.valueOf((String) r[3]), AgreementType.valueOf((String) r[4]), AgreementState.valueOf((String) r[5]),
                    (String) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10], List.of((String[]) r[11]),
                    List.of((String[]) r[12]), date(r[13]), date(r[14]), date(r[15]), (BigDecimal) r[16], date(r[17]),
                    new Outputs(((Number) r[18]).intValue(), (BigDecimal) r[19], (BigDecimal) r[20]),
                    Boolean.TRUE.equals(r[21]), ((Number) r[22]).longValue()));
        }
        long total = items.size();
        if (counted) {
            Query count = getEntityManager().createNativeQuery("select count(*) from agreement a" + where);
            parameters.forEach(count::setParameter);
            total = ((Number) count.getSingleResult()).longValue();
        }
        return new SummaryPage(items, total);
    }

    public record SummaryPage(List<AgreementSummary> items, long total) {
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private List<Agreement> inOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Agreement> byId = new LinkedHashMap<>();
        list("id in ?1", ids).forEach(a -> byId.put(a.id, a));
        return ids.stream().map(byId::get).filter(a -> a != null).toList();
    }

    /** Ids only, a bounded batch at a time: a national registry can have thousands due at once. */
    @SuppressWarnings("unchecked")
    public List<UUID> expiredButLive(LocalDate today, int limit) {
        List<Object> ids = getEntityManager().createNativeQuery("""
                select cast(id as text) from agreement where state in ('ACTIVE', 'UNDER_EVALUATION') and valid_until < ?1
                order by valid_until limit ?2""").setParameter(1, today).setParameter(2, limit).getResultList();
        return ids.stream().map(id -> UUID.fromString(id.toString())).toList();
    }

    private static String where(AgreementQuery q, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where true");
        if (q.scopeRegion() != null) {
            where.append(" and a.region_code = :scope");
            parameters.put("scope", q.scopeRegion());
        }
        if (q.publicOnly()) {
            where.append(" and not a.confidential");
        }
        if (q.region() != null) {
            where.append(q.includeSubregions() ? " and (a.region_code = :region or a.province_code = :region)"
                    : " and a.region_code = :region");
            parameters.put("region", q.region());
        }
        if (q.partnerCountry() != null) {
            where.append(" and a.partner_country = :country");
            parameters.put("country", q.partnerCountry());
        }
        if (q.bloc() != null) {
            where.append(" and a.partner_blocs @> cast(array[:bloc] as text[])");
            parameters.put("bloc", q.bloc());
        }
        if (q.states() != null && !q.states().isEmpty()) {
            where.append(" and a.state in (").append(q.states().stream().map(s -> "'" + s.name() + "'")
                    .collect(Collectors.joining(", "))).append(")");
        }
        if (q.sector() != null) {
            where.append(" and a.sectors @> cast(array[:sector] as text[])");
            parameters.put("sector", q.sector().name());
        }
        if (q.signingYear() != null) {
            where.append(" and a.signing_year = :year");
            parameters.put("year", q.signingYear());
        }
        if (q.expiringWithinDays() != null) {
            where.append(" and a.state in ('ACTIVE', 'UNDER_EVALUATION') and a.valid_until between :today and :horizon");
            parameters.put("today", LocalDate.now());
            parameters.put("horizon", LocalDate.now().plusDays(q.expiringWithinDays()));
        }
        if (q.dormant() != null) {
            String dormant = "(a.state = 'ACTIVE' and coalesce(a.last_activity_on, a.activated_on, a.valid_from) < :dormantSince)";
            where.append(q.dormant() ? " and " + dormant : " and not coalesce(" + dormant + ", false)");
            parameters.put("dormantSince", LocalDate.now().minusMonths(12));
        }
        if (q.text() != null) {
            where.append(" and a.search_text like :text escape '\\'");
            parameters.put("text", "%" + q.text().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return where.toString();
    }
}
