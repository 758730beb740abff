package id.jembatan.assessment.scoring;

import java.util.List;
import java.util.Set;

/**
 * What the scoring needs to know about the lifecycle of PP 28/2018 and Permendagri 25/2020. Whether an agreement is
 * live is not decided here: agreements-service publishes it with each agreement.
 */
final class Lifecycle {
    /** The main line in procedural order; RENEWED, EXPIRED and TERMINATED follow an agreement in force. */
    private static final List<String> MAIN_LINE = List.of("INITIATED", "EXPLORATION", "LOI_SIGNED", "PLANNED",
            "DPRD_REVIEW", "DPRD_APPROVED", "CENTRAL_REVIEW", "APPROVED", "ACTIVE", "UNDER_EVALUATION", "RENEWED",
            "EXPIRED", "TERMINATED");
    private static final Set<String> IN_FORCE = Set.of("ACTIVE", "UNDER_EVALUATION");

    private Lifecycle() {
    }

    static boolean isInForce(String state) {
        return IN_FORCE.contains(state);
    }

    /**
     * Whether {@code state} is {@code milestone} or later on the main line. Side exits and unknown states
     * have not reached anything, since it cannot be told how far they got.
     */
    static boolean hasReached(String state, String milestone) {
        int index = MAIN_LINE.indexOf(state);
        return index >= 0 && index >= MAIN_LINE.indexOf(milestone);
    }
}
