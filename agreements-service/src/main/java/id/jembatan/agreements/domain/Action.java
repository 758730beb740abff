package id.jembatan.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.EnumSet;
import java.util.Set;

import static id.jembatan.agreements.domain.AgreementState.*;

/** The commands that move an agreement through its lifecycle, each with the states it may start from. */
@Schema(description = "A lifecycle action; each is allowed from certain states and may have guards. VERIFY, CONCLUDE_NEGOTIATION, "
        + "CENTRAL_APPROVE and CENTRAL_REJECT are ministry reviewers' decisions; the others are the region's")
public enum Action {
    START_EXPLORATION(INITIATED, EXPLORATION),
    SIGN_LOI(EXPLORATION, LOI_SIGNED),
    PREPARE_PLAN(LOI_SIGNED, PLANNED),
    SUBMIT_TO_DPRD(PLANNED, DPRD_REVIEW),
    /** The region's officer records the DPRD's decision with its reference. */
    DPRD_APPROVE(DPRD_REVIEW, DPRD_APPROVED),
    DPRD_REJECT(DPRD_REVIEW, REJECTED),
    SUBMIT_TO_CENTRAL(DPRD_APPROVED, CENTRAL_REVIEW),
    VERIFY(CENTRAL_REVIEW, DRAFTING),
    SUBMIT_DRAFT(DRAFTING, NEGOTIATION),
    CONCLUDE_NEGOTIATION(NEGOTIATION, MINISTER_REVIEW),
    CENTRAL_APPROVE(MINISTER_REVIEW, APPROVED),
    CENTRAL_REJECT(EnumSet.of(CENTRAL_REVIEW, DRAFTING, NEGOTIATION, MINISTER_REVIEW), REJECTED),
    SIGN(APPROVED, SIGNED),
    ACTIVATE(SIGNED, ACTIVE),
    START_EVALUATION(ACTIVE, UNDER_EVALUATION),
    CONTINUE(UNDER_EVALUATION, ACTIVE),
    RENEW(UNDER_EVALUATION, RENEWED),
    EXPIRE(EnumSet.of(ACTIVE, UNDER_EVALUATION), EXPIRED),
    TERMINATE(EnumSet.of(ACTIVE, UNDER_EVALUATION), TERMINATED),
    WITHDRAW(EnumSet.of(INITIATED, EXPLORATION, LOI_SIGNED, PLANNED, DPRD_REVIEW, DPRD_APPROVED, CENTRAL_REVIEW, DRAFTING,
            NEGOTIATION, MINISTER_REVIEW, APPROVED, SIGNED), WITHDRAWN);

    private static final Set<Action> MINISTRY_DECISIONS = EnumSet.of(VERIFY, CONCLUDE_NEGOTIATION, CENTRAL_APPROVE, CENTRAL_REJECT);

    private final Set<AgreementState> from;
    private final AgreementState to;

    Action(AgreementState from, AgreementState to) {
        this(EnumSet.of(from), to);
    }

    Action(Set<AgreementState> from, AgreementState to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(AgreementState state) {
        return from.contains(state);
    }

    public AgreementState target() {
        return to;
    }

    /** Verification, the conclusion of the discussion and the Minister's decision belong to the ministries, not to the region. */
    public boolean isCentralDecision() {
        return MINISTRY_DECISIONS.contains(this);
    }

    /**
     * Moves the agreement on along the procedure, from exploration to entry into force: what the partner criteria
     * must allow. Side exits (rejection, withdrawal) and the steps of implementation are not such moves.
     */
    public boolean advancesPastExploration() {
        return to.stage().map(s -> s.number() > Stage.EXPLORATION.number()).orElse(false)
                && from.stream().allMatch(s -> s.isBeforeActive() && s.ordinal() >= EXPLORATION.ordinal());
    }
}
