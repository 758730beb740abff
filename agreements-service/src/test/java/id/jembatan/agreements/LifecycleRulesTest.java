package id.jembatan.agreements;

import id.jembatan.agreements.domain.Action;
import id.jembatan.agreements.domain.AgreementState;
import id.jembatan.agreements.domain.ClauseKind;
import id.jembatan.agreements.domain.InstrumentKind;
import id.jembatan.agreements.domain.Lifecycle;
import id.jembatan.agreements.domain.PartnerCriterion;
import id.jembatan.agreements.domain.Stage;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static id.jembatan.agreements.domain.Action.*;
import static id.jembatan.agreements.domain.AgreementState.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lifecycle as a table: every (state, action) pair is either in it or refused. */
class LifecycleRulesTest {

    private static final Map<AgreementState, Map<Action, AgreementState>> EXPECTED = new EnumMap<>(AgreementState.class);

    static {
        allow(INITIATED, START_EXPLORATION, EXPLORATION);
        allow(EXPLORATION, SIGN_LOI, LOI_SIGNED);
        allow(LOI_SIGNED, PREPARE_PLAN, PLANNED);
        allow(PLANNED, SUBMIT_TO_DPRD, DPRD_REVIEW);
        allow(DPRD_REVIEW, DPRD_APPROVE, DPRD_APPROVED);
        allow(DPRD_REVIEW, DPRD_REJECT, REJECTED);
        allow(DPRD_APPROVED, SUBMIT_TO_CENTRAL, CENTRAL_REVIEW);
        allow(CENTRAL_REVIEW, VERIFY, DRAFTING);
        allow(DRAFTING, SUBMIT_DRAFT, NEGOTIATION);
        allow(NEGOTIATION, CONCLUDE_NEGOTIATION, MINISTER_REVIEW);
        allow(MINISTER_REVIEW, CENTRAL_APPROVE, APPROVED);
        for (AgreementState state : List.of(CENTRAL_REVIEW, DRAFTING, NEGOTIATION, MINISTER_REVIEW)) {
            allow(state, CENTRAL_REJECT, REJECTED);
        }
        allow(APPROVED, SIGN, SIGNED);
        allow(SIGNED, ACTIVATE, ACTIVE);
        allow(ACTIVE, START_EVALUATION, UNDER_EVALUATION);
        allow(ACTIVE, EXPIRE, EXPIRED);
        allow(ACTIVE, TERMINATE, TERMINATED);
        allow(UNDER_EVALUATION, CONTINUE, ACTIVE);
        allow(UNDER_EVALUATION, RENEW, RENEWED);
        allow(UNDER_EVALUATION, EXPIRE, EXPIRED);
        allow(UNDER_EVALUATION, TERMINATE, TERMINATED);
        for (AgreementState state : List.of(INITIATED, EXPLORATION, LOI_SIGNED, PLANNED, DPRD_REVIEW, DPRD_APPROVED,
                CENTRAL_REVIEW, DRAFTING, NEGOTIATION, MINISTER_REVIEW, APPROVED, SIGNED)) {
            allow(state, WITHDRAW, WITHDRAWN);
        }
    }

    private static void allow(AgreementState from, Action action, AgreementState to) {
        EXPECTED.computeIfAbsent(from, s -> new EnumMap<>(Action.class)).put(action, to);
    }

    @Test
    void everyPairIsAllowedExactlyAsInTheTable() {
        int allowed = 0;
        int refused = 0;
        for (AgreementState state : AgreementState.values()) {
            Map<Action, AgreementState> row = EXPECTED.getOrDefault(state, Map.of());
            for (Action action : Action.values()) {
                boolean expected = row.containsKey(action);
                assertEquals(expected, action.allowedFrom(state), state + " --" + action);
                if (expected) {
                    assertEquals(row.get(action), action.target(), state + " --" + action);
                    allowed++;
                } else {
                    refused++;
                }
            }
            assertEquals(row.keySet(), Set.copyOf(Lifecycle.allowedFrom(state).isEmpty()
                    ? EnumSet.noneOf(Action.class) : EnumSet.copyOf(Lifecycle.allowedFrom(state))));
        }
        assertEquals(36, allowed);
        assertEquals(AgreementState.values().length * Action.values().length - 36, refused);
    }

    @Test
    void finalStatesAllowNothing() {
        for (AgreementState state : List.of(RENEWED, EXPIRED, TERMINATED, REJECTED, WITHDRAWN)) {
            assertTrue(state.isFinal());
            assertTrue(Lifecycle.allowedFrom(state).isEmpty(), state.name());
        }
    }

    private record Facts(boolean cba, Set<ClauseKind> clauses, Set<InstrumentKind> signed, boolean validFrom)
            implements Lifecycle.Facts {
        public boolean hasCostBenefitAnalysis() {
            return cba;
        }

        public boolean clauseFilled(ClauseKind kind) {
            return clauses.contains(kind);
        }

        public boolean hasInstrument(InstrumentKind kind, boolean mustBeSigned) {
            return signed.contains(kind);
        }

        public boolean hasValidFrom() {
            return validFrom;
        }
    }

    private static final Facts NOTHING = new Facts(false, Set.of(), Set.of(), false);

    @Test
    void leavingPlanningNeedsTheAnalysisAndTheEnvironmentalAndFiscalClauses() {
        assertEquals(List.of("guard.cost-benefit-analysis", "guard.clause.COST_BENEFIT_ANALYSIS",
                        "guard.clause.ENVIRONMENTAL_PROTECTION", "guard.clause.FISCAL_PROVISIONS"),
                Lifecycle.check(SUBMIT_TO_DPRD, NOTHING, null).missing());
        Facts ready = new Facts(true, Set.of(ClauseKind.COST_BENEFIT_ANALYSIS, ClauseKind.ENVIRONMENTAL_PROTECTION,
                ClauseKind.FISCAL_PROVISIONS), Set.of(), false);
        assertTrue(Lifecycle.check(SUBMIT_TO_DPRD, ready, null).passed());
        assertEquals(List.of("guard.clause.FISCAL_PROVISIONS"), Lifecycle.check(SUBMIT_TO_DPRD,
                new Facts(true, Set.of(ClauseKind.COST_BENEFIT_ANALYSIS, ClauseKind.ENVIRONMENTAL_PROTECTION), Set.of(), false),
                null).missing());
    }

    @Test
    void decisionsNeedTheirReferencesSigningTheFullPowersAndActivationTheDeposit() {
        assertEquals(List.of("guard.dprd-decision"), Lifecycle.check(DPRD_APPROVE, NOTHING, " ").missing());
        assertTrue(Lifecycle.check(DPRD_APPROVE, NOTHING, "Keputusan DPRD 12/2026").passed());
        assertEquals(List.of("guard.verification"), Lifecycle.check(VERIFY, NOTHING, null).missing());
        assertEquals(List.of("guard.draft-text"), Lifecycle.check(SUBMIT_DRAFT, NOTHING, null).missing());
        assertEquals(List.of("guard.negotiation-outcome"), Lifecycle.check(CONCLUDE_NEGOTIATION, NOTHING, "").missing());
        assertEquals(List.of("guard.central-approval"), Lifecycle.check(CENTRAL_APPROVE, NOTHING, null).missing());
        assertEquals(List.of("guard.full-powers", "guard.signed-instrument"), Lifecycle.check(SIGN, NOTHING, null).missing());
        Facts signedPks = new Facts(false, Set.of(), Set.of(InstrumentKind.PKS), true);
        assertTrue(Lifecycle.check(SIGN, signedPks, "Surat kuasa Menlu 5/2026").passed());
        assertEquals(List.of("guard.kemlu-deposit", "guard.valid-from"), Lifecycle.check(ACTIVATE, NOTHING, null).missing());
        assertTrue(Lifecycle.check(ACTIVATE, signedPks, "Kemlu deposit 9/2026").passed());
        assertEquals(List.of("guard.signed-loi"), Lifecycle.check(SIGN_LOI, NOTHING, null).missing());
        assertFalse(Lifecycle.check(SIGN_LOI, NOTHING, null).passed());
        assertTrue(Lifecycle.check(START_EXPLORATION, NOTHING, null).passed());
    }

    @Test
    void eachGuardChecksTheEvidenceOfOneStage() {
        assertEquals(Stage.LETTER_OF_INTENT, Lifecycle.check(SIGN_LOI, NOTHING, null).stage().orElseThrow());
        assertEquals(Stage.COOPERATION_PLAN, Lifecycle.check(SUBMIT_TO_DPRD, NOTHING, null).stage().orElseThrow());
        assertEquals(Stage.SIGNING, Lifecycle.check(SIGN, NOTHING, null).stage().orElseThrow());
        assertEquals(Stage.IMPLEMENTATION, Lifecycle.check(ACTIVATE, NOTHING, null).stage().orElseThrow());
        assertTrue(Lifecycle.check(WITHDRAW, NOTHING, null).stage().isEmpty());
    }

    @Test
    void anUnmetPartnerCriterionStopsEveryStepPastExplorationUnlessExcepted() {
        List<PartnerCriterion> unmet = List.of(PartnerCriterion.DIPLOMATIC_RELATIONS);
        assertTrue(Lifecycle.blockingCriterion(START_EXPLORATION, unmet, List.of()).isEmpty());
        for (Action action : List.of(SIGN_LOI, PREPARE_PLAN, SUBMIT_TO_DPRD, DPRD_APPROVE, SUBMIT_TO_CENTRAL, VERIFY,
                SUBMIT_DRAFT, CONCLUDE_NEGOTIATION, CENTRAL_APPROVE, SIGN, ACTIVATE)) {
            assertEquals(PartnerCriterion.DIPLOMATIC_RELATIONS, Lifecycle.blockingCriterion(action, unmet, List.of()).orElseThrow(),
                    action.name());
            assertTrue(Lifecycle.blockingCriterion(action, unmet, unmet).isEmpty(), action.name());
            assertTrue(Lifecycle.blockingCriterion(action, List.of(), List.of()).isEmpty(), action.name());
        }
        for (Action action : List.of(WITHDRAW, DPRD_REJECT, CENTRAL_REJECT, START_EVALUATION, CONTINUE, RENEW, EXPIRE, TERMINATE)) {
            assertTrue(Lifecycle.blockingCriterion(action, unmet, List.of()).isEmpty(), action.name());
        }
    }
}
