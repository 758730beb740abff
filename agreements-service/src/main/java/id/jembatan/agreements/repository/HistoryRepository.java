package id.jembatan.agreements.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.agreements.api.HistoryEntry;
import id.jembatan.platform.persistence.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import java.util.List;
import java.util.UUID;

/** The append-only history ({@code agreement_history}): agreements before and after each change, as JSON. */
@ApplicationScoped
public class HistoryRepository {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    public void append(UUID agreementId, String actor, String action, Object before, Object after, String note,
                       String requestId) {
        em.createNativeQuery("""
                insert into agreement_history (agreement_id, actor, action, before, after, note, request_id)
                values (:agreement, :actor, :action, cast(:before as jsonb), cast(:after as jsonb), :note, :request)""")
                .setParameter("agreement", agreementId)
                .setParameter("actor", actor)
                .setParameter("action", action)
                .setParameter("before", before == null ? null : write(before))
                .setParameter("after", write(after))
                .setParameter("note", note)
                .setParameter("request", requestId)
                .executeUpdate();
    }

    /** Oldest first. */
    public List<HistoryEntry> page(UUID agreementId, int offset, int limit) {
        return Row.of(em.createNativeQuery("""
                        select id, at, actor, action, cast(before as text) as before, cast(after as text) as after, note,
                               request_id
                        from agreement_history where agreement_id = :agreement order by id limit :limit offset :offset""",
                        Tuple.class)
                .setParameter("agreement", agreementId).setParameter("limit", limit).setParameter("offset", offset))
                .stream().map(r -> new HistoryEntry(r.longValue("id"), r.instant("at"), r.string("actor"),
                        r.string("action"), read(r.string("before")), read(r.string("after")), r.string("note"),
                        r.string("request_id")))
                .toList();
    }

    public long count(UUID agreementId) {
        return ((Number) em.createNativeQuery("select count(*) from agreement_history where agreement_id = :agreement")
                .setParameter("agreement", agreementId).getSingleResult()).longValue();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String value) {
        try {
            return value == null ? null : json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
