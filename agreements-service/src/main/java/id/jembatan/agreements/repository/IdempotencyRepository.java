package id.jembatan.agreements.repository;

import id.jembatan.platform.persistence.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import java.util.Optional;

/** Claimed {@code Idempotency-Key}s ({@code idempotency_key}) and the results stored under them. */
@ApplicationScoped
public class IdempotencyRepository {

    @Inject
    EntityManager em;

    /**
     * A claimed key: the hash of the request that claimed it, and its result (as JSON, with the version it
     * produced) once that request's work committed; no result while it is in progress.
     */
    public record Claim(String requestHash, String result, Long version) {

        public boolean completed() {
            return result != null;
        }
    }

    public Optional<Claim> find(String principal, String key) {
        return Row.of(em.createNativeQuery("""
                        select request_hash, result, version from idempotency_key where principal = :principal and key = :key""",
                        Tuple.class)
                .setParameter("principal", principal).setParameter("key", key))
                .stream().findFirst()
                .map(r -> new Claim(r.string("request_hash"), r.string("result"),
                        r.value("version") == null ? null : r.longValue("version")));
    }

    /** Fails on the primary key when another request holds the claim; waits for it while it is uncommitted. */
    public void claim(String principal, String key, String requestHash) {
        em.createNativeQuery("insert into idempotency_key (principal, key, request_hash) values (:principal, :key, :hash)")
                .setParameter("principal", principal).setParameter("key", key).setParameter("hash", requestHash)
                .executeUpdate();
    }

    public void complete(String principal, String key, String result, long version) {
        em.createNativeQuery("""
                update idempotency_key set result = :result, version = :version where principal = :principal and key = :key""")
                .setParameter("result", result).setParameter("version", version)
                .setParameter("principal", principal).setParameter("key", key)
                .executeUpdate();
    }
}
