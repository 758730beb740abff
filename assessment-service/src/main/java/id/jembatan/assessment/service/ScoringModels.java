package id.jembatan.assessment.service;

import id.jembatan.assessment.repository.ScoringModelRepository;
import id.jembatan.assessment.scoring.model.Rule;
import id.jembatan.assessment.scoring.model.ScoringModel;
import id.jembatan.platform.problem.ProblemException;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Versioned scoring models. Versions 1 and 2 are built in, version 2 the default (docs/SCORING-MODEL.md);
 * administrators add versions, never change one, so every assessment can be reproduced with the model it was
 * made with. The latest version is the default.
 */
@ApplicationScoped
public class ScoringModels {

    @Inject
    ScoringModelRepository models;

    /** A stored model never changes, so each version is read once. */
    @CacheName("scoring-models")
    Cache versions;

    /**
     * The latest version, asked of the database at most every few seconds (configuration): another replica's new
     * model becomes the default here within that time, one made here at once.
     */
    @CacheName("scoring-model-latest")
    Cache latestVersion;

    /** How the built-in version 2 is recognised once stored, whatever number it was given. */
    static final String VERSION_2_NOTE = "Version 2, the default: version 1 without its three false alarms (docs/SCORING-MODEL.md)";

    /**
     * Stores the built-in models that are missing. Version 2 takes the next free number when an administrator's
     * model already holds number 2, so that the corrected model is the latest, hence the default, either way.
     */
    void seed(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> {
            models.lock();
            if (!models.exists(1)) {
                models.insert(ScoringModel.version1(), "Version 1 as published (docs/SCORING-MODEL.md)", "system");
            }
            if (!models.builtInExists(VERSION_2_NOTE)) {
                models.insert(ScoringModel.version2().numbered(models.latestVersion() + 1), VERSION_2_NOTE, "system");
            }
        });
    }

    public ScoringModel latest() {
        int version = latestVersion.get("latest", key -> QuarkusTransaction.requiringNew().call(models::latestVersion))
                .await().indefinitely();
        return get(version);
    }

    public ScoringModel get(int version) {
        // a failed load is not kept: an unknown version may be created a moment later
        return versions.get(version, v -> QuarkusTransaction.requiringNew().call(() -> models.find(version))
                        .orElseThrow(() -> ProblemException.notFound("scoring-model-not-found", version)))
                .await().indefinitely();
    }

    public List<Integer> versions() {
        return QuarkusTransaction.requiringNew().call(models::versions);
    }

    /** Adds the next version; its number is assigned here, whatever the body says. */
    public ScoringModel create(ScoringModel proposed, String note, String actor) {
        List<String> unpriced = new ArrayList<>();
        Arrays.stream(Rule.values()).filter(r -> !proposed.rulePoints().containsKey(r.id())).forEach(r -> unpriced.add(r.id()));
        if (!unpriced.isEmpty()) {
            throw ProblemException.invalid("rulePoints", "{model.unpriced}: " + String.join(", ", unpriced), null);
        }
        ScoringModel created = QuarkusTransaction.requiringNew().call(() -> {
            models.lock();
            ScoringModel model = proposed.numbered(models.latestVersion() + 1);
            models.insert(model, note, actor);
            return model;
        });
        latestVersion.invalidateAll().await().indefinitely();
        return created;
    }
}
