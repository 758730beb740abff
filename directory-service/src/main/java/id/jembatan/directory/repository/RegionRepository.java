package id.jembatan.directory.repository;

import id.jembatan.directory.domain.CodeScheme;
import id.jembatan.directory.domain.Region;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class RegionRepository implements PanacheRepositoryBase<Region, UUID> {

    /** Filters of a region search; null means "any". */
    public record Filter(String text, String country, Integer level, UUID parentId) {
    }

    public record Page(List<Region> regions, long total) {
    }

    /** A region to insert in bulk; {@code localName} may be null. */
    public record NewRegion(UUID id, String countryCode, UUID parentId, int level, String kind, String kindEn,
                            String name, String localName, List<String> altNames) {
    }

    public record NewCode(UUID regionId, String scheme, String code, String source) {
    }

    public record NewFigure(UUID regionId, String metric, int year, BigDecimal value, String unit, String source,
                            boolean illustrative) {
    }

    public Optional<Region> findByCode(CodeScheme scheme, String code) {
        return find("select r from Region r join r.codes c where c.scheme = ?1 and c.code = ?2", scheme, code)
                .firstResultOptional();
    }

    /**
     * Ranked search. Names are folded (case, accents) and compared by trigram similarity, so small misspellings
     * still match ("hangzou" finds Hangzhou); an exact or prefix match of a name, or an exact code, ranks above
     * a fuzzy one. The 0.45 floor sits above pg_trgm's 0.3 default, which lets "tangerang" drag in "Serang". Without text, regions come in level and name order.
     */
    public Page search(Filter filter, int offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" where true");
        if (filter.country() != null) {
            where.append(" and r.country_code = :country");
            parameters.put("country", filter.country());
        }
        if (filter.level() != null) {
            where.append(" and r.level = :level");
            parameters.put("level", filter.level());
        }
        if (filter.parentId() != null) {
            where.append(" and r.parent_id = :parent");
            parameters.put("parent", filter.parentId());
        }
        String from;
        String order;
        if (filter.text() != null) {
            parameters.put("q", filter.text());
            parameters.put("like", "%" + escapeLike(filter.text()) + "%");
            from = " from (" + MATCHES + ") m join region r on r.id = m.region_id";
            order = " order by m.score desc, r.status, r.level, r.name, r.id";
        } else {
            from = " from region r";
            order = " order by r.level, r.name, r.id";
        }
        Query count = getEntityManager().createNativeQuery("select count(*)" + from + where);
        Query page = getEntityManager().createNativeQuery("select cast(r.id as text)" + from + where + order)
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
        return new Page(loadInOrder(ids), total);
    }

    private static final String MATCHES = """
            select region_id, max(score) as score from (
                select n.region_id,
                       greatest(similarity(n.search_name, f.q), word_similarity(f.q, n.search_name))
                       + case when n.search_name = f.q then 1.0
                              when n.search_name like f.q || '%' then 0.5 else 0 end as score
                from region_name n, (select jembatan_fold(:q) as q) f
                where n.search_name % f.q or f.q <% n.search_name or n.search_name like jembatan_fold(:like)
                union all
                select c.region_id, 2.0 from region_code c where upper(c.code) = upper(:q)
            ) s where score >= 0.45 group by region_id""";

    public List<Region> loadInOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Region> byId = new LinkedHashMap<>();
        for (Region region : list("id in ?1", ids)) {
            byId.put(region.id, region);
        }
        return ids.stream().map(byId::get).filter(r -> r != null).toList();
    }

    /**
     * Regions with the names they are searchable by (name, local name, alternative names, as {@link Region#rename}
     * keeps them), as JDBC batches in the current transaction, in the order given: a parent before its children.
     */
    public void insertAll(List<NewRegion> regions) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement region = connection.prepareStatement("""
                    insert into region (id, country_code, parent_id, level, kind, kind_en, name, local_name, alt_names)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                 PreparedStatement name = connection.prepareStatement(
                         "insert into region_name (region_id, name) values (?, ?)")) {
                for (NewRegion r : regions) {
                    region.setObject(1, r.id());
                    region.setString(2, r.countryCode());
                    region.setObject(3, r.parentId());
                    region.setInt(4, r.level());
                    region.setString(5, r.kind());
                    region.setString(6, r.kindEn());
                    region.setString(7, r.name());
                    region.setString(8, r.localName());
                    region.setArray(9, connection.createArrayOf("text", r.altNames().toArray()));
                    region.addBatch();
                    Set<String> names = new LinkedHashSet<>();
                    names.add(r.name());
                    if (r.localName() != null) {
                        names.add(r.localName());
                    }
                    names.addAll(r.altNames());
                    for (String n : names) {
                        name.setObject(1, r.id());
                        name.setString(2, n);
                        name.addBatch();
                    }
                }
                region.executeBatch();
                name.executeBatch();
            }
        });
    }

    /** Codes of existing regions, as one JDBC batch in the current transaction. */
    public void insertCodes(List<NewCode> codes) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into region_code (scheme, code, region_id, source) values (?, ?, ?, ?)")) {
                for (NewCode c : codes) {
                    insert.setString(1, c.scheme());
                    insert.setString(2, c.code());
                    insert.setObject(3, c.regionId());
                    insert.setString(4, c.source());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** Profile figures of existing regions, as one JDBC batch in the current transaction. */
    public void insertFigures(List<NewFigure> figures) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into region_figure (region_id, metric, year, value, unit, source, illustrative)
                    values (?, ?, ?, ?, ?, ?, ?)""")) {
                for (NewFigure f : figures) {
                    insert.setObject(1, f.regionId());
                    insert.setString(2, f.metric());
                    insert.setInt(3, f.year());
                    insert.setBigDecimal(4, f.value());
                    insert.setString(5, f.unit());
                    insert.setString(6, f.source());
                    insert.setBoolean(7, f.illustrative());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
