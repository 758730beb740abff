package id.jembatan.agreements.service;

import id.jembatan.agreements.api.Change;
import id.jembatan.agreements.repository.ChangeRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the cached agreement views ({@link RenderedAgreements}) fresh by following the change feed rather than
 * by a query per read.
 *
 * <p>Every change to an agreement goes through the outbox ({@link ChangeFeed}); this follows it every
 * {@link #INTERVAL_MILLIS} ms and announces each change to the cache. A cached view is therefore served without a
 * check only while the feed is being followed: if the last successful follow started more than
 * {@link #TRUSTED_FOR_NANOS} ago (database outage, overload), readers go back to checking each version in the
 * database. So a write made through another replica shows here within a second at most, usually within one
 * interval ({@code ./jembatan faults replicas} measures it).
 *
 * <p>The follower has a timer thread of its own rather than {@code @Scheduled}: Quarkus's scheduler looks at its
 * triggers once a second, so an interval under a second ran as one to two seconds, and two replicas disagreed
 * for up to 1.8 s under load.
 */
@ApplicationScoped
public class ChangeFeedFollower {

    private static final Logger LOG = Logger.getLogger(ChangeFeedFollower.class);

    /** How long the feed may go unread before a cached view is no longer trusted without a check. */
    static final long TRUSTED_FOR_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** One indexed query of the outbox per interval and replica. */
    static final long INTERVAL_MILLIS = 200;

    private static final int BATCH = 1_000;

    @Inject
    ChangeRepository changes;

    @Inject
    RenderedAgreements views;

    private volatile long position = -1;

    private volatile long followedAtNanos = System.nanoTime() - TRUSTED_FOR_NANOS - 1;

    /** Whether the last follow failed: an outage is logged once, not every interval. */
    private volatile boolean failing;

    private ScheduledExecutorService timer;

    void start(@Observes StartupEvent started) {
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "change-feed-follower");
            thread.setDaemon(true);
            return thread;
        });
        // with a fixed delay, a slow follow is never overlapped by the next one
        timer.scheduleWithFixedDelay(this::follow, 0, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** Whether the feed has been followed recently enough to vouch for the cached views. */
    public boolean trusted() {
        return System.nanoTime() - followedAtNanos <= TRUSTED_FOR_NANOS;
    }

    void follow() {
        long now = System.nanoTime();
        try {
            if (position < 0) {
                position = QuarkusTransaction.requiringNew().call(changes::lastPosition);
            } else {
                List<Change> read;
                do {
                    long after = position;
                    read = QuarkusTransaction.requiringNew().call(() -> changes.after(after, BATCH));
                    for (Change change : read) {
                        views.announced(change.agreementId(), change.version(), now);
                        position = change.position();
                    }
                } while (read.size() == BATCH);
            }
            followedAtNanos = now;
            if (failing) {
                failing = false;
                LOG.info("Following the change feed again: cached agreement views are served from memory");
            }
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.warnf("Cannot follow the change feed (%s): until it can, reads check each version in the database",
                        e.getMessage());
            }
        }
        views.forgetAnnouncedBefore(now);
    }
}
