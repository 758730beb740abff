package id.jembatan.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a legacy registration stands with the ministry. A region registering an agreement from before the system in a
 * state only a ministry decision reaches declares that decision itself; until a ministry reviewer confirms it, the
 * registration is unconfirmed.
 */
@Schema(description = "A legacy registration's review by a ministry reviewer: UNCONFIRMED (waiting), CONFIRMED, or RETURNED "
        + "to the region to correct (still unconfirmed; a correction by the region puts it back to UNCONFIRMED)")
public enum LegacyReview {
    UNCONFIRMED, CONFIRMED, RETURNED;

    public boolean confirmed() {
        return this == CONFIRMED;
    }
}
