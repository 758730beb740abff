package id.jembatan.directory.repository;

import id.jembatan.directory.domain.CodeScheme;
import id.jembatan.directory.domain.Region;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RegionRepository implements PanacheRepositoryBase<Region, UUID> {

    /** Filters of a region search; null means "any". */
    public record Filter(String text, String country, Integer level, UUID parentId) {
    }

    public record Page(List<Region> regions, long total) {
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

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
