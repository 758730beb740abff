package id.jembatan.agreements.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.jembatan.agreements.repository.IdempotencyRepository;
import id.jembatan.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} for creates, transitions and activities. The key is claimed inside the same
 * transaction as the work, so a concurrent retry with the same key waits on the claim and then gets the first
 * result: one agreement, never two. A key reused with a different body is a 422.
 */
@ApplicationScoped
public class Idempotency {

    private static final int MAX_KEY_LENGTH = 200;

    @Inject
    IdempotencyRepository keys;

    @Inject
    ObjectMapper json;

    /** For the request hash: the same body hashes the same whatever the order of its maps. */
    private ObjectMapper canonicalJson;

    @PostConstruct
    void canonicalMapper() {
        canonicalJson = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    /** The result of an earlier request with this key, when there is one. */
    public <T> Optional<Versioned<T>> replay(String principal, String key, String operation, Object request,
                                             Class<T> viewType) {
        if (key == null) {
            return Optional.empty();
        }
        String hash = hash(operation, request);
        return QuarkusTransaction.requiringNew().call(() -> earlier(principal, key, hash, viewType));
    }

    /** Runs {@code work} in a new transaction, remembering its result under the key when one is given. */
    public <T> Versioned<T> execute(String principal, String key, String operation, Object request, Class<T> viewType,
                                    Supplier<Versioned<T>> work) {
        if (key == null) {
            return QuarkusTransaction.requiringNew().call(work::get);
        }
        validate(key);
        String hash = hash(operation, request);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Optional<Versioned<T>> earlier = earlier(principal, key, hash, viewType);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
                keys.claim(principal, key, hash);
                Versioned<T> result = work.get();
                keys.complete(principal, key, write(result.view()), result.version());
                return result;
            });
        } catch (PersistenceException concurrentClaim) {
            // Another request with this key committed first while we waited on its claim.
            return QuarkusTransaction.requiringNew().call(() -> earlier(principal, key, hash, viewType))
                    .orElseThrow(() -> concurrentClaim);
        }
    }

    private <T> Optional<Versioned<T>> earlier(String principal, String key, String hash, Class<T> viewType) {
        return keys.find(principal, key).map(claim -> {
            if (!hash.equals(claim.requestHash())) {
                throw new ProblemException(422, "idempotency-key-reused");
            }
            if (!claim.completed()) {
                throw new ProblemException(409, "idempotency-key-in-progress").header("Retry-After", "1");
            }
            return new Versioned<>(read(claim.result(), viewType), claim.version());
        });
    }

    private static void validate(String key) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalid("Idempotency-Key", "{field.too-long}: " + MAX_KEY_LENGTH, null);
        }
    }

    private String write(Object view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String stored, Class<T> viewType) {
        try {
            return json.readValue(stored, viewType);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored result unreadable", e);
        }
    }

    private String hash(String operation, Object request) {
        try {
            byte[] body = canonicalJson.writeValueAsBytes(request);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
