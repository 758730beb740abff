package id.jembatan.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The procedure of PP 28/2018 and Permendagri 25/2020 for cooperation with foreign parties. */
@Schema(description = "A step of the procedure of PP 28/2018 and Permendagri 25/2020 for cooperation with foreign parties")
public enum AgreementState {
    INITIATED, EXPLORATION, LOI_SIGNED, PLANNED, DPRD_REVIEW, DPRD_APPROVED, CENTRAL_REVIEW, APPROVED, ACTIVE,
    UNDER_EVALUATION, RENEWED, EXPIRED, TERMINATED, REJECTED, WITHDRAWN;

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
}
