package id.jembatan.agreements.domain;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one definition of a live agreement, which every portfolio figure takes from the published flag. */
class AgreementStateTest {

    @Test
    void liveMeansNotFinal() {
        Set<AgreementState> notLive = EnumSet.of(AgreementState.RENEWED, AgreementState.EXPIRED,
                AgreementState.TERMINATED, AgreementState.REJECTED, AgreementState.WITHDRAWN);
        for (AgreementState state : AgreementState.values()) {
            assertEquals(!notLive.contains(state), state.isLive(), state.name());
            assertEquals(state.isFinal(), !state.isLive(), state.name());
        }
    }

    @Test
    void aLiveStateStillHasAWayOnAndAFinalOneHasNone() {
        for (AgreementState state : AgreementState.values()) {
            boolean anyAction = EnumSet.allOf(Action.class).stream().anyMatch(a -> a.allowedFrom(state));
            assertEquals(state.isLive(), anyAction, state.name());
        }
    }
}
