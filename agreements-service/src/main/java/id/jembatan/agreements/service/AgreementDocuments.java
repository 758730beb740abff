package id.jembatan.agreements.service;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The most recently read agreement views, kept fresh by the change feed rather than by a query per read.
 *
 * <p>Every change to an agreement goes through the outbox ({@link ChangeFeed}); this instance follows it every
 * {@code jembatan.agreements.feed-follow-interval} and drops the views it makes stale, and its own writes drop
 * theirs when they commit. A view is therefore served from memory only while the feed is being followed: if the
 * last successful follow is older than {@link #TRUSTED_FOR_NANOS} (database outage, overload), readers go back
 * to checking each version in the database. Writes made by another instance reach this one within one interval.
 */
@ApplicationScoped
public class AgreementDocuments {

    /**
     * A rendered view as JSON with what it depends on: its version (the ETag), the day (views count days to
     * expiry) and the region (access).
     */
    public record Document(long version, LocalDate day, String regionCode, String json) {
    }

    private static final Logger LOG = Logger.getLogger(AgreementDocuments.class);

    private static final int CAPACITY = 2_000;

    /** How long the feed may go unread before a cached view is no longer trusted without a check. */
    static final long TRUSTED_FOR_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** How long a change seen in the feed is remembered, to refuse a view loaded before it but stored after. */
    private static final long REMEMBERED_FOR_NANOS = TimeUnit.SECONDS.toNanos(30);

    private record Seen(long version, long atNanos) {
    }

    private final Map<UUID, Document> documents = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<UUID, Document> eldest) {
                    return size() > CAPACITY;
                }
            });

    private final Map<UUID, Seen> recentChanges = new ConcurrentHashMap<>();

    private volatile long position = -1;

    private volatile long followedAtNanos = System.nanoTime() - TRUSTED_FOR_NANOS - 1;

    /** Whether the last follow failed: an outage is logged once, not every interval. */
    private volatile boolean failing;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Whether the feed has been followed recently enough to vouch for the cached views. */
    public boolean trusted() {
        return System.nanoTime() - followedAtNanos <= TRUSTED_FOR_NANOS;
    }

    /** The cached view of today, to be served only while {@link #trusted()}. */
    public Optional<Document> cached(UUID id, LocalDate today) {
        Document document = documents.get(id);
        return document != null && document.day().equals(today) ? Optional.of(document) : Optional.empty();
    }

    /** The cached view of today if it still has this version (the database's answer when the feed cannot vouch). */
    public Optional<Document> atVersion(UUID id, long version, LocalDate today) {
        Document document = documents.get(id);
        return document != null && document.version() == version && document.day().equals(today)
                ? Optional.of(document) : Optional.empty();
    }

    /**
     * Keeps a view loaded from the database, unless the feed has meanwhile announced a newer version: checked
     * after the put, so that either this check or the follower's removal sees the other.
     */
    public void keep(UUID id, Document document, long loadStartedNanos) {
        if (System.nanoTime() - loadStartedNanos > REMEMBERED_FOR_NANOS / 2) {
            return;
        }
        documents.put(id, document);
        Seen seen = recentChanges.get(id);
        if (seen != null && seen.version() > document.version()) {
            documents.remove(id, document);
        }
    }

    /** Drops the view of an agreement changed in the current transaction once that transaction completes. */
    void dropAfterCompletion(UUID id) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    documents.remove(id);
                }
            }
        });
    }

    @Scheduled(every = "${jembatan.agreements.feed-follow-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void follow() {
        long now = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            if (position < 0) {
                position = lastPosition(connection);
            } else {
                readChanges(connection, now);
            }
            followedAtNanos = now;
            if (failing) {
                failing = false;
                LOG.info("Following the change feed again: cached agreement views are served from memory");
            }
        } catch (SQLException | RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.warnf("Cannot follow the change feed (%s): until it can, reads check each version in the database",
                        e.getMessage());
            }
        }
        recentChanges.values().removeIf(seen -> now - seen.atNanos() > REMEMBERED_FOR_NANOS);
    }

    private static long lastPosition(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select coalesce(max(position), 0) from agreement_change");
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void readChanges(Connection connection, long now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select position, agreement_id, version from agreement_change where position > ? order by position")) {
            statement.setLong(1, position);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(2, UUID.class);
                    long version = rs.getLong(3);
                    recentChanges.merge(id, new Seen(version, now),
                            (old, current) -> old.version() >= current.version() ? old : current);
                    documents.computeIfPresent(id, (key, document) -> document.version() < version ? null : document);
                    position = rs.getLong(1);
                }
            }
        }
    }
}
