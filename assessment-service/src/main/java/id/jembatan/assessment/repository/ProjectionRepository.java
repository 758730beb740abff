package id.jembatan.assessment.repository;

import id.jembatan.assessment.scoring.facts.PortfolioEntry;
import id.jembatan.platform.persistence.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The registry as the change feed has shown it: one row per agreement, enough for portfolio analytics and
 * national concentration without asking agreements-service for every agreement.
 */
@ApplicationScoped
public class ProjectionRepository {

    @Inject
    EntityManager em;

    public void upsert(ProjectedAgreement a) {
        em.createNativeQuery("""
                insert into agreement_projection (id, version, reference, title, region_name, region_code, province_code,
                    partner_country, partner_blocs, sectors, state, signing_year, valid_until, last_activity_on, activated_on,
                    valid_from, committed_value_idr, people_trained, export_value_idr, investment_value_idr, live, confidential,
                    unconfirmed, projected_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22,
                    ?23, now())
                on conflict (id) do update set version = excluded.version, reference = excluded.reference,
                    title = excluded.title, region_name = excluded.region_name, region_code = excluded.region_code,
                    province_code = excluded.province_code, partner_country = excluded.partner_country,
                    partner_blocs = excluded.partner_blocs, sectors = excluded.sectors, state = excluded.state,
                    signing_year = excluded.signing_year, valid_until = excluded.valid_until,
                    last_activity_on = excluded.last_activity_on, activated_on = excluded.activated_on,
                    valid_from = excluded.valid_from, committed_value_idr = excluded.committed_value_idr,
                    people_trained = excluded.people_trained, export_value_idr = excluded.export_value_idr,
                    investment_value_idr = excluded.investment_value_idr, live = excluded.live,
                    confidential = excluded.confidential, unconfirmed = excluded.unconfirmed, projected_at = now()
                where agreement_projection.version <= excluded.version""")
                .setParameter(1, a.id()).setParameter(2, a.version()).setParameter(3, a.reference())
                .setParameter(4, a.title()).setParameter(5, a.regionName())
                .setParameter(6, a.regionCode()).setParameter(7, a.provinceCode())
                .setParameter(8, a.partnerCountry()).setParameter(9, a.partnerBlocs().toArray(String[]::new))
                .setParameter(10, a.sectors().toArray(String[]::new)).setParameter(11, a.state())
                .setParameter(12, a.signingYear())
                .setParameter(13, a.validUntil()).setParameter(14, a.lastActivityOn())
                .setParameter(15, a.activatedOn()).setParameter(16, a.validFrom())
                .setParameter(17, a.committedValueIdr()).setParameter(18, a.peopleTrained())
                .setParameter(19, a.exportValueIdr()).setParameter(20, a.investmentValueIdr())
                .setParameter(21, a.live()).setParameter(22, a.confidential())
                .setParameter(23, a.unconfirmed())
                .executeUpdate();
    }

    public void remove(UUID id) {
        em.createNativeQuery("delete from agreement_projection where id = ?1").setParameter(1, id).executeUpdate();
    }

    /**
     * A scope's agreements aggregated by partner country, state and whether a value was committed: what
     * concentration needs, in a few dozen entries however large the registry.
     */
    public List<PortfolioEntry> aggregated(String provinceCode) {
        return Row.of(em.createNativeQuery("""
                        select partner_country, state, live, sum(committed_value_idr) as committed_value_idr,
                               count(*) as agreements
                        from agreement_projection
                        where cast(:province as text) is null or province_code = :province or region_code = :province
                        group by partner_country, state, live, committed_value_idr > 0 order by 1, 2, 3, 4""", Tuple.class)
                        .setParameter("province", provinceCode))
                .stream().map(r -> new PortfolioEntry(null, r.string("partner_country"), r.decimal("committed_value_idr"),
                        r.string("state"), r.bool("live"), null, r.intValue("agreements")))
                .toList();
    }

    /** A region's own agreements, one entry each (a region has hundreds at most, a province or the nation far more). */
    public List<PortfolioEntry> ofRegion(String regionCode) {
        return Row.of(em.createNativeQuery("""
                        select id, partner_country, committed_value_idr, state, live, signing_year
                        from agreement_projection where region_code = :region order by id""", Tuple.class)
                        .setParameter("region", regionCode))
                .stream().map(r -> new PortfolioEntry(r.uuid("id"), r.string("partner_country"),
                        r.decimal("committed_value_idr"), r.string("state"), r.bool("live"), r.integer("signing_year")))
                .toList();
    }

    /** How one agreement is counted in {@link #aggregated}: its entry with agreements = 1, if it is projected. */
    public Optional<PortfolioEntry> entryOf(UUID id) {
        return Row.of(em.createNativeQuery(
                        "select partner_country, state, live, committed_value_idr from agreement_projection where id = :id",
                        Tuple.class).setParameter("id", id))
                .stream().findFirst().map(r -> new PortfolioEntry(id, r.string("partner_country"),
                        r.decimal("committed_value_idr"), r.string("state"), r.bool("live"), null));
    }

    public Map<String, Set<String>> countryBlocs() {
        Map<String, Set<String>> blocs = new HashMap<>();
        Row.of(em.createNativeQuery("select distinct partner_country, partner_blocs from agreement_projection", Tuple.class))
                .forEach(r -> blocs.put(r.string("partner_country"), Set.copyOf(r.strings("partner_blocs"))));
        return blocs;
    }

    public long position() {
        return Row.of(em.createNativeQuery("select position from feed_cursor where name = 'agreements'", Tuple.class))
                .stream().mapToLong(r -> r.longValue("position")).findFirst().orElse(0);
    }

    /**
     * Moves the cursor forward, never back: a batch read before a bulk load (which copies the projection and sets
     * the cursor past it) or by another replica must not send the follower back over changes already applied.
     */
    public void advance(long position) {
        em.createNativeQuery("""
                insert into feed_cursor (name, position) values ('agreements', ?1)
                on conflict (name) do update set position = greatest(feed_cursor.position, excluded.position),
                updated_at = now()""")
                .setParameter(1, position).executeUpdate();
    }
}
