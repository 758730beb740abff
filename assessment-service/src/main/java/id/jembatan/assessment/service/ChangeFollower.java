package id.jembatan.assessment.service;

import id.jembatan.assessment.client.AgreementsGateway;
import id.jembatan.assessment.client.FeedToken;
import id.jembatan.assessment.client.agreements.model.Agreement;
import id.jembatan.assessment.client.agreements.model.Change;
import id.jembatan.assessment.client.agreements.model.ChangePage;
import id.jembatan.assessment.config.AssessmentConfig;
import id.jembatan.assessment.repository.AssessmentRepository;
import id.jembatan.assessment.repository.ProjectionRepository;
import id.jembatan.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Follows agreements-service's change feed: every changed agreement is re-read into the local projection and
 * its older assessments are marked stale. The cursor is stored with the projection, in one transaction, so a
 * restart resumes exactly where it stopped.
 */
@ApplicationScoped
public class ChangeFollower {

    private static final Logger LOG = Logger.getLogger(ChangeFollower.class);

    @Inject
    AgreementsGateway agreements;

    @Inject
    ProjectionRepository projection;

    @Inject
    AssessmentRepository assessments;

    @Inject
    AssessmentConfig config;

    @Inject
    FeedToken feedToken;

    /** How long an assessment waits for the projection to catch up before it goes on without. */
    static final Duration CATCH_UP_WAIT = Duration.ofSeconds(1);

    private final ExecutorService catchUps = Executors.newSingleThreadExecutor(r -> new Thread(r, "feed-catch-up"));
    private volatile long lastCatchUpStarted = System.nanoTime();

    private volatile Instant lastPoll;
    private volatile boolean stopping;
    private volatile boolean behind = true;
    /** The last read found a full batch, or failed: catching up is the scheduled polls' work then. */
    private volatile boolean backlog;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong projectionGeneration = new AtomicLong();
    private final AtomicLong position = new AtomicLong(-1);

    /** Whether the last poll found the feed fully read, and when it was. */
    public record Freshness(long position, Instant checkedAt, boolean upToDate) {
    }

    @Scheduled(every = "${jembatan.assessment.feed-interval:2s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (stopping || !feedToken.available()) {
            return;
        }
        try {
            while (followOnce() == config.feedBatch() && !stopping) {
                // a full batch: there may be more right behind it
            }
        } catch (ProblemException | IllegalStateException e) {
            behind = true;
            backlog = true;
            LOG.debugf("Change feed not readable now: %s", e.getMessage());
        } catch (RuntimeException e) {
            behind = true;
            backlog = true;
            LOG.warnf("Change feed not readable now: %s", e.toString());
        }
    }

    /** A long catch-up stops between batches when the service stops, instead of failing on a closed container. */
    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        catchUps.shutdownNow();
    }

    /**
     * Brings the projection up to the feed as it is now, so that an assessment counts every agreement registered
     * before it began, not only those of the last scheduled poll (a script that registers a region's agreements
     * and assesses the last one at once sees them all). Catch-ups run one at a time on a thread of their own,
     * outside the caller's request: the feed is read with this service's token, never with a caller's narrower
     * rights. Callers that arrive while one runs share the next. A follower that is behind, or a feed that cannot be
     * read now, costs nothing but freshness: the assessment goes on with the projection as it is.
     */
    public void catchUp() {
        if (stopping || !feedToken.available() || !config.catchUpBeforeAssessing() || backlog) {
            // A backlog, or a feed that could not be read: the scheduled polls work it off; waiting for them here
            // would only hold every assessment up, and the answers state their freshness.
            return;
        }
        long arrived = System.nanoTime();
        try {
            catchUps.submit(() -> {
                if (lastCatchUpStarted - arrived >= 0) {
                    return; // one that started after this caller arrived has read everything it needs
                }
                lastCatchUpStarted = System.nanoTime();
                followOnce(); // one batch: a full one means a backlog, which the scheduled polls work off
            }).get(CATCH_UP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            backlog = true;
            LOG.debugf("Change feed not caught up before an assessment: %s", e.toString());
        }
    }

    /** Reads one batch of changes; returns how many there were. */
    public int followOnce() {
        long after = QuarkusTransaction.requiringNew().call(projection::position);
        ChangePage page = agreements.changes(after, config.feedBatch());
        Map<UUID, Long> latest = new LinkedHashMap<>();
        for (Change change : page.getItems()) {
            latest.merge(change.getAgreementId(), change.getVersion(), Math::max);
        }
        Map<UUID, Optional<Agreement>> current = new LinkedHashMap<>();
        for (UUID id : latest.keySet()) {
            current.put(id, read(id));
        }
        long next = page.getNext();
        // Nothing new (most catch-ups before an assessment): no transaction to write back the same cursor.
        if (!page.getItems().isEmpty() || next != after) {
            QuarkusTransaction.requiringNew().run(() -> {
                current.forEach((id, agreement) -> {
                    if (agreement.isPresent()) {
                        projection.upsert(FactsAssembler.projected(agreement.get()));
                    } else {
                        projection.remove(id);
                    }
                    assessments.markStale(id, latest.get(id));
                });
                projection.advance(next);
            });
        }
        position.set(next);
        lastPoll = Instant.now();
        behind = page.getItems().size() == config.feedBatch();
        backlog = behind;
        if (!page.getItems().isEmpty()) {
            projectionGeneration.incrementAndGet();
            generation.incrementAndGet();
        }
        return page.getItems().size();
    }

    /** Changes whenever the projection or the stored assessments change: what derived figures may be cached by. */
    public long generation() {
        return generation.get();
    }

    /** Changes whenever the projection changes. */
    public long projectionGeneration() {
        return projectionGeneration.get();
    }

    /** Called when an assessment is stored, which changes the portfolio's risk levels. */
    void assessed() {
        generation.incrementAndGet();
    }

    public Freshness freshness() {
        long known = position.get();
        if (known < 0) {
            known = QuarkusTransaction.requiringNew().call(projection::position);
            position.compareAndSet(-1, known);
        }
        return new Freshness(known, lastPoll, lastPoll != null && !behind);
    }

    private Optional<Agreement> read(UUID id) {
        try {
            return Optional.of(agreements.agreement(id.toString()));
        } catch (ProblemException gone) {
            if (gone.status() == 404) {
                return Optional.empty();
            }
            throw gone;
        }
    }
}
