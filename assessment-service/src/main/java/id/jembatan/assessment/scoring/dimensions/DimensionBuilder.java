package id.jembatan.assessment.scoring.dimensions;

import id.jembatan.assessment.scoring.model.Dimension;
import id.jembatan.assessment.scoring.model.DimensionResult;
import id.jembatan.assessment.scoring.model.Finding;
import id.jembatan.assessment.scoring.model.Level;
import id.jembatan.assessment.scoring.model.Recommendation;
import id.jembatan.assessment.scoring.model.Rule;
import id.jembatan.assessment.scoring.model.ScoringModel;
import id.jembatan.assessment.scoring.model.Severity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Collects the findings and metrics of one dimension and turns them into its score.
 *
 * <p>Each finding's rule carries risk points p (0–100). The score combines them as independent risks,
 * {@code 100 * (1 - product(1 - p/100))}: one finding scores its own points, every further finding adds
 * to the score without ever passing 100, and the order of findings does not matter.
 */
public final class DimensionBuilder {
    private static final Comparator<Recommendation> RECOMMENDATION_ORDER =
            Comparator.comparingInt(Recommendation::weight).reversed().thenComparing(Recommendation::rule);
    private static final Comparator<Finding> FINDING_ORDER =
            Comparator.comparing(Finding::severity).reversed().thenComparing(Finding::rule);

    private final Dimension dimension;
    private final ScoringModel model;
    private final List<Finding> findings = new ArrayList<>();
    private final List<Recommendation> recommendations = new ArrayList<>();
    private final Map<String, Object> metrics = new LinkedHashMap<>();
    private double unaffected = 1;

    DimensionBuilder(Dimension dimension, ScoringModel model) {
        this.dimension = dimension;
        this.model = model;
    }

    DimensionBuilder add(Rule rule, Map<String, Object> evidence, Object... textArguments) {
        if (rule.dimension() != dimension) {
            throw new IllegalArgumentException(rule.id() + " does not belong to " + dimension);
        }
        int points = model.points(rule);
        findings.add(new Finding(rule.id(), Severity.of(points, model.levelCutoffs()),
                rule.title().format(textArguments), evidence));
        if (points > 0 && rule.recommendation() != null) {
            recommendations.add(new Recommendation(rule.id(), points, rule.recommendation().format(textArguments)));
        }
        unaffected *= 1 - points / 100.0;
        return this;
    }

    DimensionBuilder metric(String key, Object value) {
        metrics.put(key, Objects.requireNonNull(value, key));
        return this;
    }

    DimensionResult build() {
        return build(Level.CRITICAL);
    }

    /** Builds with the score held within {@code highest}, so that score and level stay consistent. */
    DimensionResult build(Level highest) {
        int score = Math.min((int) Math.round(100 * (1 - unaffected)),
                model.levelCutoffs().highestScoreOf(highest));
        findings.sort(FINDING_ORDER);
        recommendations.sort(RECOMMENDATION_ORDER);
        return new DimensionResult(dimension, score, model.levelCutoffs().levelOf(score), findings,
                recommendations, Collections.unmodifiableMap(new LinkedHashMap<>(metrics)));
    }

    public static Comparator<Recommendation> recommendationOrder() {
        return RECOMMENDATION_ORDER;
    }
}
