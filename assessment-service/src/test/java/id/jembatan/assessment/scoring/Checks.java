package id.jembatan.assessment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jembatan.assessment.scoring.model.DimensionResult;
import id.jembatan.assessment.scoring.model.Finding;
import id.jembatan.assessment.scoring.model.Level;

import java.util.List;

/** Assertions on dimension results that read like the rules they check. */
public final class Checks {
    private Checks() {
    }

    public static List<String> rules(DimensionResult result) {
        return result.findings().stream().map(Finding::rule).sorted().toList();
    }

    public static Finding finding(DimensionResult result, String rule) {
        return result.findings().stream().filter(f -> f.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError(rule + " not in " + rules(result)));
    }

    public static void assertRules(DimensionResult result, String... expected) {
        assertEquals(List.of(expected).stream().sorted().toList(), rules(result));
    }

    public static void assertScore(int score, Level level, DimensionResult result) {
        assertEquals(score, result.score(), "score");
        assertEquals(level, result.level(), "level");
    }

    public static void assertNoFindings(DimensionResult result) {
        assertTrue(result.findings().isEmpty(), () -> "unexpected findings " + rules(result));
        assertEquals(0, result.score());
    }
}
