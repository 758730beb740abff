package id.jembatan.agreements.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.jembatan.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} for creates and transitions. The key is claimed inside the same transaction as the
 * work, so a concurrent retry with the same key waits on the claim and then replays the first result: one
 * agreement, never two. A key reused with a different body is a 422.
 */
@ApplicationScoped
public class Idempotency {

    private static final int MAX_KEY_LENGTH = 200;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** A response as it is stored for replay. */
    public record Outcome(int status, String body, String location, String etag) {
    }

    /** The stored result of an earlier request with this key, when there is one. */
    public Optional<Outcome> replay(String principal, String key, String operation, Object request) {
        if (key == null) {
            return Optional.empty();
        }
        String hash = hash(operation, request);
        return QuarkusTransaction.requiringNew().call(() -> load(principal, key, hash));
    }

    /** Runs {@code work} in a new transaction, remembering its outcome under the key when one is given. */
    public Outcome execute(String principal, String key, String operation, Object request, Supplier<Outcome> work) {
        if (key == null) {
            return QuarkusTransaction.requiringNew().call(work::get);
        }
        validate(key);
        String hash = hash(operation, request);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Optional<Outcome> earlier = load(principal, key, hash);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
                em.createNativeQuery("insert into idempotency_key (principal, key, request_hash) values (?1, ?2, ?3)")
                        .setParameter(1, principal).setParameter(2, key).setParameter(3, hash).executeUpdate();
                Outcome outcome = work.get();
                em.createNativeQuery("""
                        update idempotency_key set status = ?1, body = ?2, location = ?3, etag = ?4
                        where principal = ?5 and key = ?6""")
                        .setParameter(1, outcome.status()).setParameter(2, outcome.body())
                        .setParameter(3, outcome.location()).setParameter(4, outcome.etag())
                        .setParameter(5, principal).setParameter(6, key).executeUpdate();
                return outcome;
            });
        } catch (PersistenceException concurrentClaim) {
            // Another request with this key committed first while we waited on its claim.
            return QuarkusTransaction.requiringNew().call(() -> load(principal, key, hash))
                    .orElseThrow(() -> concurrentClaim);
        }
    }

    @SuppressWarnings("unchecked")
    private Optional<Outcome> load(String principal, String key, String hash) {
        List<Object[]> rows = em.createNativeQuery("""
                select request_hash, status, body, location, etag from idempotency_key where principal = ?1 and key = ?2""")
                .setParameter(1, principal).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw new ProblemException(422, "idempotency-key-reused");
        }
        if (row[1] == null) {
            throw new ProblemException(409, "idempotency-key-in-progress").header("Retry-After", "1");
        }
        return Optional.of(new Outcome(((Number) row[1]).intValue(), (String) row[2], (String) row[3], (String) row[4]));
    }

    private static void validate(String key) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalid("Idempotency-Key", "{field.too-long}: " + MAX_KEY_LENGTH, null);
        }
    }

    private String hash(String operation, Object request) {
        try {
            byte[] body = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true).writeValueAsBytes(request);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
