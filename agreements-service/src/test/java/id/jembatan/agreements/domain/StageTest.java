package id.jembatan.agreements.domain;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static id.jembatan.agreements.domain.AgreementState.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The eleven stages of Permendagri 25/2020 and how the states map onto them. */
class StageTest {

    @Test
    void theElevenStagesAreInTheRegulationsOrderWithTheirIndonesianNames() {
        assertEquals(List.of("prakarsa", "penjajakan", "pernyataan kehendak kerja sama", "penyusunan rencana kerja sama",
                        "persetujuan DPRD", "verifikasi", "penyusunan rancangan naskah", "pembahasan naskah",
                        "persetujuan Menteri", "penandatanganan", "pelaksanaan"),
                Arrays.stream(Stage.values()).map(Stage::indonesianName).toList());
        for (Stage stage : Stage.values()) {
            assertEquals(stage.ordinal() + 1, stage.number());
        }
        assertTrue(Stage.SIGNING.evidence().contains("full-powers letter (surat kuasa)"));
        assertTrue(Stage.IMPLEMENTATION.evidence().contains("deposit of the signed original with Kemlu"));
    }

    @Test
    void everyStageHasAStateAndTheStatesFollowTheStagesInOrder() {
        for (Stage stage : Stage.values()) {
            assertTrue(Arrays.stream(AgreementState.values()).anyMatch(s -> s.stage().filter(stage::equals).isPresent()),
                    stage.name());
        }
        int last = 0;
        for (AgreementState state : List.of(INITIATED, EXPLORATION, LOI_SIGNED, PLANNED, DPRD_REVIEW, DPRD_APPROVED,
                CENTRAL_REVIEW, DRAFTING, NEGOTIATION, MINISTER_REVIEW, APPROVED, SIGNED, ACTIVE, UNDER_EVALUATION)) {
            int number = state.stage().orElseThrow().number();
            assertTrue(number >= last, state.name());
            last = number;
        }
        assertEquals(Stage.VERIFICATION, CENTRAL_REVIEW.stage().orElseThrow());
        assertTrue(REJECTED.stage().isEmpty());
        assertTrue(WITHDRAWN.stage().isEmpty());
    }

    @Test
    void onlyStatesReachedThroughAMinistryDecisionNeedALegacyConfirmation() {
        Set<AgreementState> declared = EnumSet.of(DRAFTING, NEGOTIATION, MINISTER_REVIEW, APPROVED, SIGNED, ACTIVE,
                UNDER_EVALUATION, RENEWED, EXPIRED, TERMINATED);
        for (AgreementState state : AgreementState.values()) {
            assertEquals(declared.contains(state), state.impliesMinistryDecision(), state.name());
        }
        assertFalse(DPRD_APPROVED.impliesMinistryDecision());
    }
}
