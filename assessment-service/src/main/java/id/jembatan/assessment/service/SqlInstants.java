package id.jembatan.assessment.service;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Timestamps read through native queries arrive as different types depending on the driver's mapping. */
final class SqlInstants {

    private SqlInstants() {
    }

    static Instant of(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
