package id.jembatan.assessment.scoring.model;

import java.util.Map;
import java.util.Objects;

/**
 * What a rule found.
 *
 * @param rule     stable rule id, e.g. TRANSPARENCY.CBA_MISSING
 * @param evidence the values that made the rule fire: strings, numbers, booleans and lists of strings
 */
public record Finding(String rule, Severity severity, Text title, Map<String, Object> evidence) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        evidence = evidence == null ? Map.of() : evidence;
    }
}
