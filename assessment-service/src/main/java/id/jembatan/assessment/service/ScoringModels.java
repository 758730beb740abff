package id.jembatan.assessment.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.assessment.scoring.Rule;
import id.jembatan.assessment.scoring.ScoringModel;
import id.jembatan.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Versioned scoring models. Versions 1 and 2 are built in, version 2 the default (docs/SCORING-MODEL.md);
 * administrators add versions, never change one, so every assessment can be reproduced with the model it was
 * made with. The latest version is the default.
 */
@ApplicationScoped
public class ScoringModels {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    private final Map<Integer, ScoringModel> cache = new ConcurrentHashMap<>();

    /** How the built-in version 2 is recognised once stored, whatever number it was given. */
    static final String VERSION_2_NOTE = "Version 2, the default: version 1 without its three false alarms (docs/SCORING-MODEL.md)";

    /**
     * Stores the built-in models that are missing. Version 2 takes the next free number when an administrator's
     * model already holds number 2, so that the corrected model is the latest, hence the default, either way.
     */
    void seed(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("lock table scoring_model in exclusive mode").executeUpdate();
            if (em.createNativeQuery("select 1 from scoring_model where version = 1").getResultList().isEmpty()) {
                insert(ScoringModel.version1(), "Version 1 as published (docs/SCORING-MODEL.md)", "system");
            }
            if (em.createNativeQuery("select 1 from scoring_model where created_by = 'system' and note = ?1")
                    .setParameter(1, VERSION_2_NOTE).getResultList().isEmpty()) {
                insert(ScoringModel.version2().numbered(nextVersion()), VERSION_2_NOTE, "system");
            }
        });
    }

    private int nextVersion() {
        return ((Number) em.createNativeQuery("select coalesce(max(version), 0) + 1 from scoring_model")
                .getSingleResult()).intValue();
    }

    public ScoringModel latest() {
        Number version = (Number) QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("select max(version) from scoring_model").getSingleResult());
        return get(version.intValue());
    }

    public ScoringModel get(int version) {
        return cache.computeIfAbsent(version, v -> QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("select cast(model as text) from scoring_model where version = ?1")
                    .setParameter(1, v).getResultList();
            if (rows.isEmpty()) {
                throw ProblemException.notFound("scoring-model-not-found", v);
            }
            return read((String) rows.get(0));
        }));
    }

    @SuppressWarnings("unchecked")
    public List<Integer> versions() {
        return QuarkusTransaction.requiringNew().call(() ->
                ((List<Number>) em.createNativeQuery("select version from scoring_model order by version").getResultList())
                        .stream().map(Number::intValue).toList());
    }

    /** Adds the next version; its number is assigned here, whatever the body says. */
    public ScoringModel create(ScoringModel proposed, String note, String actor) {
        List<String> unpriced = new ArrayList<>();
        Arrays.stream(Rule.values()).filter(r -> !proposed.rulePoints().containsKey(r.id())).forEach(r -> unpriced.add(r.id()));
        if (!unpriced.isEmpty()) {
            throw ProblemException.invalid("rulePoints", "{model.unpriced}: " + String.join(", ", unpriced), null);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("lock table scoring_model in exclusive mode").executeUpdate();
            ScoringModel model = proposed.numbered(nextVersion());
            insert(model, note, actor);
            return model;
        });
    }

    private void insert(ScoringModel model, String note, String actor) {
        em.createNativeQuery("insert into scoring_model (version, model, note, created_by) values (?1, cast(?2 as jsonb), ?3, ?4)")
                .setParameter(1, model.version()).setParameter(2, write(model)).setParameter(3, note)
                .setParameter(4, actor).executeUpdate();
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
