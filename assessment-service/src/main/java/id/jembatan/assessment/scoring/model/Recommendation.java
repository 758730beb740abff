package id.jembatan.assessment.scoring.model;

/**
 * Advice for a policy maker, following from a finding of the same rule.
 *
 * @param weight the rule's risk points; higher comes first
 */
public record Recommendation(String rule, int weight, Text text) {
}
