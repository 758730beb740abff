package id.jembatan.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import static id.jembatan.agreements.domain.AgreementState.*;

import java.util.EnumSet;
import java.util.Set;

/** The commands that move an agreement through its lifecycle, each with the states it may start from. */
@Schema(description = "A lifecycle action; each is allowed from certain states and may have guards")
public enum Action {
    START_EXPLORATION(INITIATED, EXPLORATION),
    SIGN_LOI(EXPLORATION, LOI_SIGNED),
    PREPARE_PLAN(LOI_SIGNED, PLANNED),
    SUBMIT_TO_DPRD(PLANNED, DPRD_REVIEW),
    DPRD_APPROVE(DPRD_REVIEW, DPRD_APPROVED),
    DPRD_REJECT(DPRD_REVIEW, REJECTED),
    SUBMIT_TO_CENTRAL(DPRD_APPROVED, CENTRAL_REVIEW),
    CENTRAL_APPROVE(CENTRAL_REVIEW, APPROVED),
    CENTRAL_REJECT(CENTRAL_REVIEW, REJECTED),
    ACTIVATE(APPROVED, ACTIVE),
    START_EVALUATION(ACTIVE, UNDER_EVALUATION),
    CONTINUE(UNDER_EVALUATION, ACTIVE),
    RENEW(UNDER_EVALUATION, RENEWED),
    EXPIRE(EnumSet.of(ACTIVE, UNDER_EVALUATION), EXPIRED),
    TERMINATE(EnumSet.of(ACTIVE, UNDER_EVALUATION), TERMINATED),
    WITHDRAW(EnumSet.of(INITIATED, EXPLORATION, LOI_SIGNED, PLANNED, DPRD_REVIEW, DPRD_APPROVED, CENTRAL_REVIEW, APPROVED),
            WITHDRAWN);

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

    /** Central review decisions belong to the ministries (Kemendagri/Kemlu), not to the region. */
    public boolean isCentralDecision() {
        return this == CENTRAL_APPROVE || this == CENTRAL_REJECT;
    }
}
