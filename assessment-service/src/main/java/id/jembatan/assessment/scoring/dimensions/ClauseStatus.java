package id.jembatan.assessment.scoring.dimensions;

import id.jembatan.assessment.scoring.facts.AgreementFacts;
import id.jembatan.assessment.scoring.facts.Clause;
import id.jembatan.assessment.scoring.facts.ClauseKind;

/** How a safeguard clause entry reads to someone checking the agreement. */
enum ClauseStatus {
    PRESENT,
    /** Recorded as absent, with a reason. */
    ABSENT_EXPLAINED,
    /** Missing, or recorded as absent without a reason, which tells a reader no more than a blank. */
    NOT_FILLED;

    static ClauseStatus of(AgreementFacts agreement, ClauseKind kind) {
        Clause clause = agreement.clauses().get(kind);
        if (clause == null) {
            return NOT_FILLED;
        }
        if (clause.present()) {
            return PRESENT;
        }
        return Values.isBlank(clause.note()) ? NOT_FILLED : ABSENT_EXPLAINED;
    }
}
