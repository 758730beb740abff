package id.jembatan.agreements.service;

import id.jembatan.agreements.api.TransitionRequest;
import id.jembatan.agreements.domain.Action;
import id.jembatan.agreements.domain.Agreement;
import id.jembatan.agreements.repository.AgreementRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Agreements past their validUntil become EXPIRED, through the same transition (and history) as any other. */
@ApplicationScoped
public class ExpirySweeper {

    private static final int BATCH = 200;

    private static final Logger LOG = Logger.getLogger(ExpirySweeper.class);

    @Inject
    AgreementRepository agreements;

    @Inject
    AgreementService service;

    @Scheduled(every = "${jembatan.agreements.expiry-sweep:1h}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledSweep() {
        sweep();
    }

    /** @return how many agreements it expired */
    public int sweep() {
        LocalDate today = LocalDate.now();
        int expired = 0;
        int done;
        List<UUID> due;
        do {
            due = QuarkusTransaction.requiringNew().call(() -> agreements.expiredButLive(today, BATCH));
            done = expire(due);
            expired += done;
        } while (due.size() == BATCH && done > 0);
        return expired;
    }

    private int expire(List<UUID> due) {
        int expired = 0;
        for (UUID id : due) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    Agreement agreement = agreements.findById(id);
                    service.apply(agreement, new TransitionRequest(Action.EXPIRE, agreement.validUntil,
                            "validUntil passed", null, null), "system");
                });
                expired++;
            } catch (RuntimeException e) {
                LOG.warnf("Could not expire agreement %s: %s", id, e.toString());
            }
        }
        return expired;
    }
}
