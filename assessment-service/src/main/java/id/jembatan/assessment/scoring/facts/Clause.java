package id.jembatan.assessment.scoring.facts;

/**
 * A safeguard clause entry. {@code present == false} with a note is a deliberate, explained absence;
 * without a note it is as good as not filled in.
 */
public record Clause(boolean present, String location, String note) {
}
