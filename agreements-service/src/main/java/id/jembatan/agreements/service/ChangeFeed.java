package id.jembatan.agreements.service;

import id.jembatan.agreements.api.Change;
import id.jembatan.agreements.domain.Agreement;
import id.jembatan.agreements.repository.ChangeRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The transactional outbox behind {@code GET /changes}: every change of an agreement is published in the
 * transaction that makes it, as that transaction's last statement, so the feed holds exactly the committed
 * changes, in commit order ({@link ChangeRepository}).
 */
@ApplicationScoped
public class ChangeFeed {

    @Inject
    ChangeRepository changes;

    /** The caller holds the changing transaction and has flushed the agreement, so its version is the new one. */
    void publish(Agreement agreement, String type) {
        changes.append(agreement.id, type, agreement.state, agreement.version);
    }

    public Change.Page read(long after, int limit) {
        List<Change> read = QuarkusTransaction.requiringNew().call(() -> changes.after(after, limit));
        long next = read.isEmpty() ? after : read.get(read.size() - 1).position();
        return new Change.Page(read, next);
    }
}
