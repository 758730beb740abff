package id.jembatan.agreements.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A deployment's procedure settings and the rules over them. */
class ProcedureTest {

    private static final Procedure SET = new Procedure(Set.of("IL", "TW"), Map.of(AgreementState.DPRD_REVIEW, 30),
            Optional.of(5));
    private static final Procedure NONE = new Procedure(Set.of(), Map.of(), Optional.empty());

    /** Midnight in Jakarta on the first of March 2026. */
    private static final Instant MARCH_FIRST = LocalDate.of(2026, 3, 1).atStartOfDay(Procedure.ZONE).toInstant();

    @Test
    void aPartnerInACountryWithoutDiplomaticRelationsMissesThatCriterion() {
        assertEquals(List.of(PartnerCriterion.DIPLOMATIC_RELATIONS), SET.unmetCriteria("TW"));
        assertEquals(List.of(), SET.unmetCriteria("JP"));
        assertEquals(List.of(), NONE.unmetCriteria("TW"));
    }

    @Test
    void aStateWithADeadlineIsOverdueTheDayAfterIt() {
        assertEquals(Optional.of(LocalDate.of(2026, 3, 31)), SET.deadline(AgreementState.DPRD_REVIEW, MARCH_FIRST));
        assertFalse(SET.overdue(AgreementState.DPRD_REVIEW, MARCH_FIRST, LocalDate.of(2026, 3, 31)));
        assertTrue(SET.overdue(AgreementState.DPRD_REVIEW, MARCH_FIRST, LocalDate.of(2026, 4, 1)));
        assertEquals(Optional.empty(), SET.deadline(AgreementState.PLANNED, MARCH_FIRST));
        assertFalse(SET.overdue(AgreementState.PLANNED, MARCH_FIRST, LocalDate.of(2030, 1, 1)));
        assertFalse(NONE.overdue(AgreementState.DPRD_REVIEW, MARCH_FIRST, LocalDate.of(2030, 1, 1)));
    }

    @Test
    void theMaximumValidityIsTheDeploymentsAndInclusive() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        assertFalse(SET.exceedsMaximumValidity(from, LocalDate.of(2031, 1, 1)));
        assertTrue(SET.exceedsMaximumValidity(from, LocalDate.of(2031, 1, 2)));
        assertFalse(SET.exceedsMaximumValidity(from, null));
        assertFalse(NONE.exceedsMaximumValidity(from, LocalDate.of(2099, 1, 1)));
    }
}
