package id.jembatan.platform.persistence;

import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One row of a native query, read by column name (the query's column or alias), so that reordering the select
 * list cannot shift a value into the wrong field. The conversions absorb the driver's choice of Java type.
 */
public final class Row {

    private final Tuple tuple;

    private Row(Tuple tuple) {
        this.tuple = tuple;
    }

    /** The rows of a query created with {@code createNativeQuery(sql, Tuple.class)}. */
    public static List<Row> of(Query query) {
        return ((List<?>) query.getResultList()).stream().map(row -> new Row((Tuple) row)).toList();
    }

    public Object value(String column) {
        return tuple.get(column);
    }

    public String string(String column) {
        Object value = value(column);
        return value == null ? null : value.toString();
    }

    public long longValue(String column) {
        return ((Number) value(column)).longValue();
    }

    public int intValue(String column) {
        return ((Number) value(column)).intValue();
    }

    /** An integer column that may be null. */
    public Integer integer(String column) {
        Object value = value(column);
        return value == null ? null : ((Number) value).intValue();
    }

    public boolean bool(String column) {
        return Boolean.TRUE.equals(value(column));
    }

    public BigDecimal decimal(String column) {
        Object value = value(column);
        return value == null || value instanceof BigDecimal ? (BigDecimal) value : new BigDecimal(value.toString());
    }

    public UUID uuid(String column) {
        Object value = value(column);
        return value == null || value instanceof UUID ? (UUID) value : UUID.fromString(value.toString());
    }

    public LocalDate date(String column) {
        Object value = value(column);
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    public Instant instant(String column) {
        Object value = value(column);
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    public List<String> strings(String column) {
        Object value = value(column);
        return value == null ? List.of() : List.of((String[]) value);
    }

    public <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        String value = string(column);
        return value == null ? null : Enum.valueOf(type, value);
    }
}
