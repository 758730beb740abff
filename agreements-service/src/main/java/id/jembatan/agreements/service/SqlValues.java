package id.jembatan.agreements.service;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Conversions for values read through native queries, whose Java type depends on the driver's mapping. */
final class SqlValues {

    private SqlValues() {
    }

    static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
