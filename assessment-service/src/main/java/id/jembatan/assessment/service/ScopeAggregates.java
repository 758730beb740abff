package id.jembatan.assessment.service;

import id.jembatan.assessment.repository.PortfolioSnapshotRepository;
import id.jembatan.assessment.repository.ProjectionRepository;
import id.jembatan.assessment.scoring.facts.PortfolioEntry;
import id.jembatan.assessment.scoring.model.Copies;
import io.quarkus.cache.CacheResult;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The portfolios around an assessed agreement, from the projection the change feed keeps: its region's agreements
 * one by one, its province's and the nation's aggregated by partner country. Each is read once per projection
 * generation (a new batch from the feed) and shared by every assessment until the next: the generation is part of
 * the cache key, so nothing of an older generation is served, and entries of older generations age out. Each comes
 * with the hash of its canonical JSON, by which stored assessments refer to it ({@code portfolio_snapshot}).
 */
@ApplicationScoped
public class ScopeAggregates {

    static final String REGIONS = "region-portfolios";
    static final String SCOPES = "scope-aggregates";
    static final String NATIONAL = "national";

    @Inject
    ProjectionRepository projection;

    @Inject
    PortfolioSnapshotRepository snapshots;

    @Inject
    CanonicalJson canonical;

    /**
     * A scope's entries and the blocs of the partner countries seen in the projection; kept sorted, so that its
     * canonical JSON (and hash) is the same in every process.
     */
    public record Snapshot(List<PortfolioEntry> entries, Map<String, Set<String>> blocs) {
        public Snapshot {
            entries = Copies.list(entries);
            blocs = Copies.sortedMapOfSets(blocs);
        }
    }

    /**
     * A snapshot with its canonical JSON and that text's SHA-256. It is written to the database the first time an
     * assessment refers to it, in that assessment's transaction, and remembered as written once that commits.
     */
    public static final class Hashed {
        private final Snapshot snapshot;
        private final String json;
        private final String hash;
        private volatile boolean stored;

        Hashed(Snapshot snapshot, String json) {
            this.snapshot = snapshot;
            this.json = json;
            this.hash = CanonicalJson.sha256(json);
        }

        public Snapshot snapshot() {
            return snapshot;
        }

        public String hash() {
            return hash;
        }
    }

    /** A region's own agreements, one entry each. */
    @CacheResult(cacheName = REGIONS)
    public Hashed region(String regionCode, long generation) {
        Snapshot snapshot = new Snapshot(QuarkusTransaction.requiringNew().call(() -> projection.ofRegion(regionCode)), Map.of());
        return new Hashed(snapshot, canonical.write(snapshot));
    }

    /** @param provinceCode a province's code, or {@value #NATIONAL} for the nation */
    @CacheResult(cacheName = SCOPES)
    public Hashed aggregated(String provinceCode, long generation) {
        String province = NATIONAL.equals(provinceCode) ? null : provinceCode;
        Snapshot snapshot = QuarkusTransaction.requiringNew().call(() ->
                new Snapshot(projection.aggregated(province), projection.countryBlocs()));
        return new Hashed(snapshot, canonical.write(snapshot));
    }

    /** Writes the snapshots not yet written; the caller holds the transaction that refers to them. */
    public void store(List<Hashed> used) {
        used.stream().filter(s -> !s.stored).forEach(s -> snapshots.store(s.hash, s.json));
    }

    /** After the transaction that wrote them committed: they need not be written again. */
    public static void stored(List<Hashed> used) {
        used.forEach(s -> s.stored = true);
    }

    /**
     * How the projection counts the assessed agreement: from its region's entries, or (when the projection still
     * has it elsewhere, a moment after it changed region) from its own row.
     */
    public Optional<PortfolioEntry> entryOf(UUID assessed, List<PortfolioEntry> region) {
        if (assessed == null) {
            return Optional.empty();
        }
        return region.stream().filter(e -> assessed.equals(e.agreementId())).findFirst()
                .or(() -> QuarkusTransaction.requiringNew().call(() -> projection.entryOf(assessed)));
    }

    /** A snapshot with the assessed agreement (if projected) taken out of its bucket. */
    static Snapshot without(Snapshot snapshot, Optional<PortfolioEntry> assessed) {
        return assessed.map(entry -> new Snapshot(without(snapshot.entries(), entry), snapshot.blocs())).orElse(snapshot);
    }

    /** The buckets with one agreement (the given one) taken out of the bucket it falls in. */
    static List<PortfolioEntry> without(List<PortfolioEntry> buckets, PortfolioEntry agreement) {
        boolean valued = agreement.committedValueIdr() != null && agreement.committedValueIdr().signum() > 0;
        List<PortfolioEntry> out = new ArrayList<>(buckets.size());
        boolean removed = false;
        for (PortfolioEntry bucket : buckets) {
            boolean bucketValued = bucket.committedValueIdr() != null && bucket.committedValueIdr().signum() > 0;
            if (!removed && bucket.partnerCountry().equals(agreement.partnerCountry())
                    && bucket.state().equals(agreement.state()) && bucketValued == valued) {
                removed = true;
                if (bucket.agreements() > 1) {
                    BigDecimal value = valued ? bucket.committedValueIdr().subtract(agreement.committedValueIdr())
                            : bucket.committedValueIdr();
                    out.add(new PortfolioEntry(null, bucket.partnerCountry(), value, bucket.state(), bucket.live(), null,
                            bucket.agreements() - 1));
                }
                continue;
            }
            out.add(bucket);
        }
        return out;
    }
}
