package id.jembatan.agreements.service;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The most recently read agreement views (the {@code agreement-views} cache), dropped when their agreement
 * changes: by this instance's own writes when they commit, and by {@link ChangeFeedFollower} for every change
 * in the feed, whichever instance made it.
 */
@ApplicationScoped
public class RenderedAgreements {

    /** How long a change seen in the feed is remembered, to refuse a view loaded before it but kept after. */
    static final long REMEMBERED_FOR_NANOS = TimeUnit.SECONDS.toNanos(30);

    private record Announced(long version, long atNanos) {
    }

    @Inject
    @CacheName("agreement-views")
    Cache cache;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final Map<UUID, Announced> announced = new ConcurrentHashMap<>();

    /** The cached view of today, whatever its version. */
    public Optional<RenderedAgreement> today(UUID id, LocalDate today) {
        CompletableFuture<RenderedAgreement> cached = caffeine().getIfPresent(id);
        RenderedAgreement rendered = cached == null ? null : cached.getNow(null);
        return rendered != null && rendered.day().equals(today) ? Optional.of(rendered) : Optional.empty();
    }

    /** The cached view of today if it still has this version. */
    public Optional<RenderedAgreement> atVersion(UUID id, long version, LocalDate today) {
        return today(id, today).filter(rendered -> rendered.version() == version);
    }

    /**
     * Keeps a view loaded from the database, unless the feed has meanwhile announced a newer version: checked
     * after the put, so that either this check or the announcement's eviction sees the other.
     */
    public void keep(UUID id, RenderedAgreement rendered, long loadStartedNanos) {
        if (System.nanoTime() - loadStartedNanos > REMEMBERED_FOR_NANOS / 2) {
            return;
        }
        caffeine().put(id, CompletableFuture.completedFuture(rendered));
        Announced newer = announced.get(id);
        if (newer != null && newer.version() > rendered.version()) {
            evict(id);
        }
    }

    /** Drops the view of an agreement changed in the current transaction once that transaction commits. */
    public void evictOnCommit(UUID id) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing is dropped before the change is visible
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    evict(id);
                }
            }
        });
    }

    /** A change read from the feed: a cached view older than it is dropped, and one loaded before it refused. */
    void announced(UUID id, long version, long atNanos) {
        announced.merge(id, new Announced(version, atNanos),
                (old, current) -> old.version() >= current.version() ? old : current);
        CompletableFuture<RenderedAgreement> cached = caffeine().getIfPresent(id);
        RenderedAgreement rendered = cached == null ? null : cached.getNow(null);
        if (rendered != null && rendered.version() < version) {
            evict(id);
        }
    }

    /** Forgets announcements older than any load still in progress could be. */
    void forgetAnnouncedBefore(long nanos) {
        announced.values().removeIf(seen -> nanos - seen.atNanos() > REMEMBERED_FOR_NANOS);
    }

    private void evict(UUID id) {
        cache.invalidate(id).await().indefinitely();
    }

    private CaffeineCache caffeine() {
        return cache.as(CaffeineCache.class);
    }
}
