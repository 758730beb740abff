package id.jembatan.assessment.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Portfolio snapshots ({@code portfolio_snapshot}) by the hash of their canonical JSON: written once, never changed. */
@ApplicationScoped
public class PortfolioSnapshotRepository {

    @Inject
    EntityManager em;

    /** Stores a snapshot unless one with its hash (hence its content) is stored already. */
    public void store(String hash, String canonicalJson) {
        em.createNativeQuery("""
                insert into portfolio_snapshot (hash, content) values (:hash, cast(:content as jsonb))
                on conflict (hash) do nothing""")
                .setParameter("hash", hash).setParameter("content", canonicalJson).executeUpdate();
    }
}
