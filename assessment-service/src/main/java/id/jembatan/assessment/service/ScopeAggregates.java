package id.jembatan.assessment.service;

import id.jembatan.assessment.repository.ProjectionRepository;
import id.jembatan.assessment.scoring.facts.PortfolioEntry;
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
import java.util.concurrent.ConcurrentHashMap;

/**
 * Provincial and national portfolios for assessments, aggregated from the projection once per projection
 * generation (a new batch from the change feed) and shared by every assessment until the next one; the
 * assessed agreement is taken out of its bucket, because the scoring adds it as it is now.
 */
@ApplicationScoped
public class ScopeAggregates {

    @Inject
    ProjectionRepository projection;

    @Inject
    ChangeFollower follower;

    /** A scope's entries and the blocs of the partner countries seen in the projection. */
    public record Snapshot(List<PortfolioEntry> entries, Map<String, Set<String>> blocs) {
    }

    private record Computed(long generation, Snapshot snapshot) {
    }

    private final Map<String, Computed> computed = new ConcurrentHashMap<>();

    /** How the projection counts the assessed agreement, if it has it yet. */
    public Optional<PortfolioEntry> entryOf(UUID assessed) {
        return assessed == null ? Optional.empty()
                : QuarkusTransaction.requiringNew().call(() -> projection.entryOf(assessed));
    }

    /** @param provinceCode null for the nation; @param assessed from {@link #entryOf}, taken out of its bucket */
    public Snapshot of(String provinceCode, Optional<PortfolioEntry> assessed) {
        long generation = follower.projectionGeneration();
        String key = provinceCode == null ? "national" : provinceCode;
        Computed cached = computed.get(key);
        if (cached == null || cached.generation() != generation) {
            cached = new Computed(generation, QuarkusTransaction.requiringNew().call(() ->
                    new Snapshot(projection.aggregated(provinceCode), projection.countryBlocs())));
            computed.put(key, cached);
        }
        Snapshot snapshot = cached.snapshot();
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
