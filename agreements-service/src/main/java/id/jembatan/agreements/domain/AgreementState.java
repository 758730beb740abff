package id.jembatan.agreements.domain;

/** The procedure of PP 28/2018 and Permendagri 25/2020 for cooperation with foreign parties. */
public enum AgreementState {
    INITIATED, EXPLORATION, LOI_SIGNED, PLANNED, DPRD_REVIEW, DPRD_APPROVED, CENTRAL_REVIEW, APPROVED, ACTIVE,
    UNDER_EVALUATION, RENEWED, EXPIRED, TERMINATED, REJECTED, WITHDRAWN;

    /** No further transitions; the agreement no longer counts in a live portfolio. */
    public boolean isFinal() {
        return this == RENEWED || this == EXPIRED || this == TERMINATED || this == REJECTED || this == WITHDRAWN;
    }

    public boolean isBeforeActive() {
        return ordinal() < ACTIVE.ordinal();
    }
}
