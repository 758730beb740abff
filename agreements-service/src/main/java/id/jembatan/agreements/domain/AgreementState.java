package id.jembatan.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Optional;

/**
 * The procedure of PP 28/2018 and Permendagri 25/2020 for cooperation with foreign parties, one step finer than its
 * eleven {@link Stage}s: a state says what is pending within a stage. The order of the constants is the order of
 * the procedure.
 */
@Schema(description = "A step of the procedure of PP 28/2018 and Permendagri 25/2020 for cooperation with foreign parties. "
        + "Stage of each: INITIATED 1, EXPLORATION 2, LOI_SIGNED 3, PLANNED 4, DPRD_REVIEW and DPRD_APPROVED 5, "
        + "CENTRAL_REVIEW 6 (verification), DRAFTING 7, NEGOTIATION 8, MINISTER_REVIEW and APPROVED 9, SIGNED 10, "
        + "ACTIVE, UNDER_EVALUATION, RENEWED, EXPIRED and TERMINATED 11; REJECTED and WITHDRAWN end the procedure "
        + "wherever it stood")
public enum AgreementState {
    INITIATED(Stage.INITIATIVE),
    EXPLORATION(Stage.EXPLORATION),
    LOI_SIGNED(Stage.LETTER_OF_INTENT),
    PLANNED(Stage.COOPERATION_PLAN),
    DPRD_REVIEW(Stage.DPRD_APPROVAL),
    DPRD_APPROVED(Stage.DPRD_APPROVAL),
    /** Verification by the ministry (stage 6); before the eleven stages it stood for stages 6 to 9. */
    CENTRAL_REVIEW(Stage.VERIFICATION),
    DRAFTING(Stage.DRAFTING),
    NEGOTIATION(Stage.NEGOTIATION),
    MINISTER_REVIEW(Stage.MINISTER_APPROVAL),
    APPROVED(Stage.MINISTER_APPROVAL),
    SIGNED(Stage.SIGNING),
    ACTIVE(Stage.IMPLEMENTATION),
    UNDER_EVALUATION(Stage.IMPLEMENTATION),
    RENEWED(Stage.IMPLEMENTATION),
    EXPIRED(Stage.IMPLEMENTATION),
    TERMINATED(Stage.IMPLEMENTATION),
    REJECTED(null),
    WITHDRAWN(null);

    private final Stage stage;

    AgreementState(Stage stage) {
        this.stage = stage;
    }

    /** The stage of the procedure; none for REJECTED and WITHDRAWN, which end it wherever it stood. */
    public Optional<Stage> stage() {
        return Optional.ofNullable(stage);
    }

    /** No further transitions; the agreement no longer counts in a live portfolio. */
    public boolean isFinal() {
        return this == RENEWED || this == EXPIRED || this == TERMINATED || this == REJECTED || this == WITHDRAWN;
    }

    /**
     * The one definition of a live agreement, published as {@code live} in the agreement views and used by every
     * portfolio figure: any state that is not final. A RENEWED record is closed; the renewal goes on as its own
     * registration, which is the live one.
     */
    public boolean isLive() {
        return !isFinal();
    }

    public boolean isBeforeActive() {
        return ordinal() < ACTIVE.ordinal();
    }

    /**
     * Reached on the main line only through a ministry decision (verification onwards, apart from the side exits):
     * a region that registers an agreement from before the system in such a state declares a ministry decision
     * itself, which a ministry reviewer has to confirm.
     */
    public boolean impliesMinistryDecision() {
        return ordinal() >= DRAFTING.ordinal() && this != REJECTED && this != WITHDRAWN;
    }
}
