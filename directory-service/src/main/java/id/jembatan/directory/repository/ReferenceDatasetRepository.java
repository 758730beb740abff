package id.jembatan.directory.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The vendored reference sets loaded so far ({@code reference_dataset}). */
@ApplicationScoped
public class ReferenceDatasetRepository {

    /** Replicas starting together serialise on this transaction-scoped advisory lock before loading. */
    private static final long LOADING_LOCK = 0x4a454d4241L;

    @Inject
    EntityManager em;

    /** Waits until no other transaction is loading; the lock is released when this transaction ends. */
    public void lockForLoading() {
        em.createNativeQuery("select pg_advisory_xact_lock(:lock)").setParameter("lock", LOADING_LOCK).getSingleResult();
    }

    public boolean isLoaded(String name) {
        return !em.createNativeQuery("select 1 from reference_dataset where name = :name")
                .setParameter("name", name).getResultList().isEmpty();
    }

    public void markLoaded(String name, String checksum) {
        em.createNativeQuery("insert into reference_dataset (name, checksum) values (:name, :checksum)")
                .setParameter("name", name).setParameter("checksum", checksum).executeUpdate();
    }
}
