package id.jembatan.assessment.scoring.facts;

import java.util.Arrays;

/**
 * The states of an agreement in the procedure of PP 28/2018 and Permendagri 25/2020, as agreements-service publishes
 * them, in procedural order with the number of the stage (of eleven) each belongs to: the one vocabulary the scoring
 * speaks about the lifecycle. Whether an agreement is live is not decided here: agreements-service publishes it with
 * each agreement.
 */
public enum ProcedureState {
    INITIATED(1), EXPLORATION(2), LOI_SIGNED(3), PLANNED(4), DPRD_REVIEW(5), DPRD_APPROVED(5),
    /** Verification by the ministry (stage 6). */
    CENTRAL_REVIEW(6), DRAFTING(7), NEGOTIATION(8), MINISTER_REVIEW(9),
    /** The Minister's approval is given; signing follows. */
    APPROVED(9), SIGNED(10), ACTIVE(11), UNDER_EVALUATION(11), RENEWED(11), EXPIRED(11), TERMINATED(11),
    /** Side exits: the procedure ended wherever it stood, so it cannot be told how far it got. */
    REJECTED(0), WITHDRAWN(0),
    /** A state this model does not know (agreements-service added one): it has reached nothing. */
    UNKNOWN(0);

    private final int stage;

    ProcedureState(int stage) {
        this.stage = stage;
    }

    /** The state named as agreements-service names it; UNKNOWN for a name this model does not know. */
    public static ProcedureState of(String name) {
        return Arrays.stream(values()).filter(s -> s != UNKNOWN && s.name().equals(name)).findFirst().orElse(UNKNOWN);
    }

    /** The stage (1 to 11) the state belongs to; 0 for side exits and unknown states. */
    public int stage() {
        return stage;
    }

    /** In force: the agreement is being implemented. */
    public boolean isInForce() {
        return this == ACTIVE || this == UNDER_EVALUATION;
    }

    /**
     * Whether this state is {@code milestone} or later on the main line. Side exits and unknown states have not
     * reached anything, since it cannot be told how far they got.
     */
    public boolean hasReached(ProcedureState milestone) {
        return stage > 0 && ordinal() >= milestone.ordinal();
    }
}
