package id.jembatan.assessment.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.assessment.scoring.model.ScoringModel;
import id.jembatan.platform.persistence.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import java.util.List;
import java.util.Optional;

/** The stored scoring models ({@code scoring_model}), each version as JSON, never changed once stored. */
@ApplicationScoped
public class ScoringModelRepository {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** Until the transaction ends, no other transaction can read or add a version: numbering is serialised. */
    public void lock() {
        em.createNativeQuery("lock table scoring_model in exclusive mode").executeUpdate();
    }

    public Optional<ScoringModel> find(int version) {
        return Row.of(em.createNativeQuery("select cast(model as text) as model from scoring_model where version = :version",
                        Tuple.class).setParameter("version", version))
                .stream().findFirst().map(r -> read(r.string("model")));
    }

    public boolean exists(int version) {
        return !em.createNativeQuery("select 1 from scoring_model where version = :version")
                .setParameter("version", version).getResultList().isEmpty();
    }

    /** Whether the system has stored a model with this note (how a built-in model is recognised). */
    public boolean builtInExists(String note) {
        return !em.createNativeQuery("select 1 from scoring_model where created_by = 'system' and note = :note")
                .setParameter("note", note).getResultList().isEmpty();
    }

    /** The highest version, 0 when there is none. */
    public int latestVersion() {
        return ((Number) em.createNativeQuery("select coalesce(max(version), 0) from scoring_model").getSingleResult())
                .intValue();
    }

    public List<Integer> versions() {
        return Row.of(em.createNativeQuery("select version from scoring_model order by version", Tuple.class))
                .stream().map(r -> r.intValue("version")).toList();
    }

    public void insert(ScoringModel model, String note, String actor) {
        em.createNativeQuery("""
                insert into scoring_model (version, model, note, created_by)
                values (:version, cast(:model as jsonb), :note, :actor)""")
                .setParameter("version", model.version()).setParameter("model", write(model))
                .setParameter("note", note).setParameter("actor", actor)
                .executeUpdate();
    }

    private String write(ScoringModel model) {
        try {
            return json.writeValueAsString(model);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ScoringModel read(String text) {
        try {
            return json.readValue(text, ScoringModel.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored scoring model unreadable", e);
        }
    }
}
