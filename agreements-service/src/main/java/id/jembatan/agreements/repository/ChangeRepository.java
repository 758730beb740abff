package id.jembatan.agreements.repository;

import id.jembatan.agreements.api.Change;
import id.jembatan.agreements.domain.AgreementState;
import id.jembatan.platform.persistence.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import java.util.List;
import java.util.UUID;

/**
 * The outbox ({@code agreement_change}). A change is appended under a transaction-scoped advisory lock, so
 * positions are handed out in commit order and no reader sees position n+1 while n is still uncommitted.
 */
@ApplicationScoped
public class ChangeRepository {

    private static final long OUTBOX_LOCK = 0x4f5554424f58L;

    @Inject
    EntityManager em;

    /** To be the changing transaction's last statement: the lock is held until that transaction ends. */
    public void append(UUID agreementId, String type, AgreementState state, long version) {
        em.createNativeQuery("select pg_advisory_xact_lock(:lock)").setParameter("lock", OUTBOX_LOCK).getSingleResult();
        em.createNativeQuery("""
                insert into agreement_change (position, agreement_id, type, state, version)
                values (nextval('agreement_change_position'), :agreement, :type, :state, :version)""")
                .setParameter("agreement", agreementId)
                .setParameter("type", type)
                .setParameter("state", state.name())
                .setParameter("version", version)
                .executeUpdate();
    }

    /** Committed changes after a position, in commit order. */
    public List<Change> after(long position, int limit) {
        return Row.of(em.createNativeQuery("""
                        select position, agreement_id, type, state, version, at
                        from agreement_change where position > :after order by position limit :limit""", Tuple.class)
                .setParameter("after", position).setParameter("limit", limit))
                .stream().map(r -> new Change(r.longValue("position"), r.uuid("agreement_id"), r.string("type"),
                        r.enumValue("state", AgreementState.class), r.longValue("version"), r.instant("at")))
                .toList();
    }

    public long lastPosition() {
        return ((Number) em.createNativeQuery("select coalesce(max(position), 0) from agreement_change")
                .getSingleResult()).longValue();
    }
}
