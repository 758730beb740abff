package id.jembatan.assessment.scoring.facts;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scoring's one vocabulary for the lifecycle, following the eleven stages agreements-service publishes. */
class ProcedureStateTest {

    @Test
    void statesAreNamedAsAgreementsServiceNamesThemAndAnUnknownNameIsUnknown() {
        assertEquals(ProcedureState.MINISTER_REVIEW, ProcedureState.of("MINISTER_REVIEW"));
        assertEquals(ProcedureState.UNKNOWN, ProcedureState.of("SOMETHING_NEW"));
        assertEquals(ProcedureState.UNKNOWN, ProcedureState.of("UNKNOWN"));
        assertEquals(ProcedureState.UNKNOWN, ProcedureState.of(null));
    }

    @Test
    void theMainLineFollowsTheElevenStagesInOrder() {
        List<ProcedureState> mainLine = List.of(ProcedureState.INITIATED, ProcedureState.EXPLORATION, ProcedureState.LOI_SIGNED,
                ProcedureState.PLANNED, ProcedureState.DPRD_REVIEW, ProcedureState.DPRD_APPROVED, ProcedureState.CENTRAL_REVIEW,
                ProcedureState.DRAFTING, ProcedureState.NEGOTIATION, ProcedureState.MINISTER_REVIEW, ProcedureState.APPROVED,
                ProcedureState.SIGNED, ProcedureState.ACTIVE, ProcedureState.UNDER_EVALUATION);
        int stage = 1;
        for (ProcedureState state : mainLine) {
            assertTrue(state.stage() >= stage, state.name());
            stage = state.stage();
        }
        assertEquals(11, stage);
        assertEquals(6, ProcedureState.CENTRAL_REVIEW.stage());
        assertEquals(10, ProcedureState.SIGNED.stage());
    }

    @Test
    void milestonesAreReachedOnTheMainLineOnly() {
        assertTrue(ProcedureState.SIGNED.hasReached(ProcedureState.APPROVED));
        assertTrue(ProcedureState.EXPIRED.hasReached(ProcedureState.APPROVED));
        assertFalse(ProcedureState.MINISTER_REVIEW.hasReached(ProcedureState.APPROVED));
        assertTrue(ProcedureState.CENTRAL_REVIEW.hasReached(ProcedureState.DPRD_APPROVED));
        assertFalse(ProcedureState.DPRD_REVIEW.hasReached(ProcedureState.DPRD_APPROVED));
        for (ProcedureState exit : List.of(ProcedureState.REJECTED, ProcedureState.WITHDRAWN, ProcedureState.UNKNOWN)) {
            assertFalse(exit.hasReached(ProcedureState.INITIATED), exit.name());
        }
    }

    @Test
    void onlyActiveAndUnderEvaluationAreInForce() {
        for (ProcedureState state : ProcedureState.values()) {
            assertEquals(state == ProcedureState.ACTIVE || state == ProcedureState.UNDER_EVALUATION, state.isInForce(), state.name());
        }
    }
}
