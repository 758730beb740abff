package id.jembatan.agreements.repository;

import id.jembatan.agreements.api.AgreementSummary;
import id.jembatan.agreements.api.Outputs;
import id.jembatan.agreements.domain.Agreement;
import id.jembatan.agreements.domain.AgreementState;
import id.jembatan.agreements.domain.KemendagriCode;
import id.jembatan.agreements.domain.AgreementType;
import id.jembatan.agreements.domain.Form;
import id.jembatan.platform.persistence.Row;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class AgreementRepository implements PanacheRepositoryBase<Agreement, UUID> {

    /** Containment ({@code @>}) rather than {@code = any(...)} for arrays, so their GIN indexes can answer. */
    public List<Agreement> search(AgreementQuery query, int offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, parameters);
        Query page = getEntityManager().createNativeQuery("select a.id from agreement a" + where + orderBy(query),
                        Tuple.class)
                .setFirstResult(offset).setMaxResults(limit);
        parameters.forEach(page::setParameter);
        return inOrder(Row.of(page).stream().map(r -> r.uuid("id")).toList());
    }

    /**
     * Summaries straight from the columns: a list never parses the JSON parts it does not show. The page's ids
     * are chosen first, on their own ({@code materialized}), so that an index holding the filtered columns answers
     * them without visiting a row (V7); only the page's rows are then read.
     */
    public List<AgreementSummary> summaries(AgreementQuery query, int offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, parameters);
        String order = orderBy(query);
        Query page = getEntityManager().createNativeQuery("""
                with page as materialized (select a.id from agreement a""" + where + order + """
                 offset :offset limit :limit)
                select a.id, a.reference, a.title, a.form, a.type, a.state, a.region_code, a.region_name,
                       a.province_code, a.foreign_party_name, a.partner_country, a.partner_blocs, a.sectors, a.signed_on,
                       a.valid_from, a.valid_until, a.committed_value_idr, a.last_activity_on, a.people_trained,
                       a.export_value_idr, a.investment_value_idr,
                       a.state = 'ACTIVE' and coalesce(a.last_activity_on, a.activated_on, a.valid_from) < :dormantSince
                           as dormant,
                       coalesce(a.legacy_review <> 'CONFIRMED', false) as unconfirmed,
                       a.version
                from page join agreement a using (id)""" + order, Tuple.class)
                .setParameter("offset", offset).setParameter("limit", limit)
                .setParameter("dormantSince", LocalDate.now().minusMonths(12));
        parameters.forEach(page::setParameter);
        return Row.of(page).stream().map(r -> new AgreementSummary(r.uuid("id"),
                r.string("reference"), r.string("title"), r.enumValue("form", Form.class),
                r.enumValue("type", AgreementType.class), r.enumValue("state", AgreementState.class),
                r.string("region_code"), r.string("region_name"), r.string("province_code"),
                r.string("foreign_party_name"), r.string("partner_country"), r.strings("partner_blocs"),
                r.strings("sectors"), r.date("signed_on"), r.date("valid_from"), r.date("valid_until"),
                r.decimal("committed_value_idr"), r.date("last_activity_on"),
                new Outputs(r.intValue("people_trained"), r.decimal("export_value_idr"), r.decimal("investment_value_idr")),
                r.bool("dormant"), r.bool("unconfirmed"), r.longValue("version"))).toList();
    }

    /** How many agreements match, over all pages. */
    public long countMatching(AgreementQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, parameters);
        Query count = getEntityManager().createNativeQuery("select count(*) from agreement a" + where);
        parameters.forEach(count::setParameter);
        return ((Number) count.getSingleResult()).longValue();
    }

    private static String orderBy(AgreementQuery query) {
        return " order by a." + query.sort().field().column
                + (query.sort().descending() ? " desc nulls last" : " asc nulls last") + ", a.id";
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
    public List<UUID> expiredButLive(LocalDate today, int limit) {
        return Row.of(getEntityManager().createNativeQuery("""
                        select id from agreement where state in ('ACTIVE', 'UNDER_EVALUATION') and valid_until < :today
                        order by valid_until limit :limit""", Tuple.class)
                .setParameter("today", today).setParameter("limit", limit))
                .stream().map(r -> r.uuid("id")).toList();
    }

    /**
     * An agreement's current version, or empty when there is none: one plain query, for a read that has the
     * agreement's view in memory and only needs to know whether it is still current.
     */
    public OptionalLong currentVersion(UUID id) {
        return Row.of(getEntityManager().createNativeQuery("select version from agreement where id = :id", Tuple.class)
                        .setParameter("id", id))
                .stream().mapToLong(r -> r.longValue("version")).findFirst();
    }

    /** What deciding who may read an agreement needs, without loading all of it. */
    public record Readable(String regionCode, boolean confidential) {
    }

    public Optional<Readable> readable(UUID id) {
        return Row.of(getEntityManager().createNativeQuery(
                        "select region_code, confidential from agreement where id = :id", Tuple.class).setParameter("id", id))
                .stream().findFirst().map(r -> new Readable(r.string("region_code"), r.bool("confidential")));
    }

    /** An agreement loaded to be read, not changed: detached, so the end of its transaction checks nothing. */
    public Optional<Agreement> findForReading(UUID id) {
        Optional<Agreement> agreement = findByIdOptional(id);
        agreement.ifPresent(getEntityManager()::detach);
        return agreement;
    }

    /** Whether another agreement than {@code except} (null for none) has this reference. */
    public boolean referenceTaken(String reference, UUID except) {
        return except == null ? count("reference", reference) > 0
                : count("reference = ?1 and id <> ?2", reference, except) > 0;
    }

    public Map<AgreementState, Long> countByState() {
        Map<AgreementState, Long> counted = new EnumMap<>(AgreementState.class);
        Row.of(getEntityManager().createNativeQuery("select state, count(*) as agreements from agreement group by state",
                        Tuple.class))
                .forEach(r -> counted.put(r.enumValue("state", AgreementState.class), r.longValue("agreements")));
        return counted;
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
            // A province with its regencies and cities is one equality on province_code (a province is its own), so
            // an index on (province_code, state, sort column) can answer a filtered, sorted page without an OR.
            where.append(q.includeSubregions() && KemendagriCode.isProvince(q.region()) ? " and a.province_code = :region"
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
