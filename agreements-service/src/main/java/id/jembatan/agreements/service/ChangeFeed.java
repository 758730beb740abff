package id.jembatan.agreements.service;

import id.jembatan.agreements.api.Change;
import id.jembatan.agreements.domain.Agreement;
import id.jembatan.agreements.domain.AgreementState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The transactional outbox behind {@code GET /changes}. A change is written in the transaction that makes it,
 * as that transaction's last statement, under a transaction-scoped advisory lock: positions are therefore
 * handed out in commit order, and no reader can see position n+1 while n is still uncommitted.
 */
@ApplicationScoped
public class ChangeFeed {

    private static final long OUTBOX_LOCK = 0x4f5554424f58L;

    @Inject
    EntityManager em;

    void publish(Agreement agreement, String type) {
        em.flush();
        em.createNativeQuery("select pg_advisory_xact_lock(" + OUTBOX_LOCK + ")").getSingleResult();
        em.createNativeQuery("""
                insert into agreement_change (position, agreement_id, type, state, version)
                values (nextval('agreement_change_position'), ?1, ?2, ?3, ?4)""")
                .setParameter(1, agreement.id)
                .setParameter(2, type)
                .setParameter(3, agreement.state.name())
                .setParameter(4, agreement.version)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public Change.Page read(long after, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                select position, cast(agreement_id as text), type, state, version, at
                from agreement_change where position > ?1 order by position limit ?2""")
                .setParameter(1, after)
                .setParameter(2, limit)
                .getResultList();
        List<Change> changes = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            changes.add(new Change(((Number) row[0]).longValue(), UUID.fromString((String) row[1]), (String) row[2],
                    AgreementState.valueOf((String) row[3]), ((Number) row[4]).longValue(), SqlValues.instant(row[5])));
        }
        long next = changes.isEmpty() ? after : changes.get(changes.size() - 1).position();
        return new Change.Page(changes, Long.toString(next));
    }
}
