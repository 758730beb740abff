package id.jembatan.agreements.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.agreements.api.HistoryEntry;
import id.jembatan.agreements.domain.Agreement;
import id.jembatan.platform.web.RequestIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Writes every change into the append-only history and the change feed, in the changing transaction. */
@ApplicationScoped
public class AuditTrail {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    ChangeFeed changes;

    @Inject
    AgreementDocuments documents;

    void record(Agreement agreement, Object before, String action, String actor, String note) {
        em.flush();
        Object after = AgreementViews.view(agreement);
        em.createNativeQuery("""
                insert into agreement_history (agreement_id, actor, action, before, after, note, request_id)
                values (?1, ?2, ?3, cast(?4 as jsonb), cast(?5 as jsonb), ?6, ?7)""")
                .setParameter(1, agreement.id)
                .setParameter(2, actor)
                .setParameter(3, action)
                .setParameter(4, before == null ? null : write(before))
                .setParameter(5, write(after))
                .setParameter(6, note)
                .setParameter(7, RequestIds.current())
                .executeUpdate();
        changes.publish(agreement, action);
        documents.dropAfterCompletion(agreement.id);
    }

    @SuppressWarnings("unchecked")
    public List<HistoryEntry> history(UUID agreementId, int offset, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, at, actor, action, cast(before as text), cast(after as text), note, request_id
                from agreement_history where agreement_id = ?1 order by id limit ?2 offset ?3""")
                .setParameter(1, agreementId).setParameter(2, limit).setParameter(3, offset)
                .getResultList();
        List<HistoryEntry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            entries.add(new HistoryEntry(((Number) row[0]).longValue(), SqlValues.instant(row[1]), (String) row[2], (String) row[3],
                    read((String) row[4]), read((String) row[5]), (String) row[6], (String) row[7]));
        }
        return entries;
    }

    public long count(UUID agreementId) {
        return ((Number) em.createNativeQuery("select count(*) from agreement_history where agreement_id = ?1")
                .setParameter(1, agreementId).getSingleResult()).longValue();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private com.fasterxml.jackson.databind.JsonNode read(String value) {
        try {
            return value == null ? null : json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
