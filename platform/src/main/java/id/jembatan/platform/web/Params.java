package id.jembatan.platform.web;

import id.jembatan.platform.problem.ProblemException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Query and path parameters parsed by hand, so a bad value is a 400 that names the parameter. */
public final class Params {

    private Params() {
    }

    /** For path parameters and other values that must be there: blank is a 400 naming the parameter. */
    public static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(name, "{field.required}", null);
        }
        return value;
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ProblemException.invalid(name, "{field.enum}: " + allowed, Echo.orNull(value));
        }
    }

    public static Integer integer(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.invalid(name, "{field.range}: " + min + ".." + max, Echo.orNull(value));
    }

    public static String text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw ProblemException.invalid(name, "{field.too-long}: " + maxLength, null);
        }
        return value.trim();
    }

    /**
     * An id in a path. A malformed id cannot name anything: it is answered like any unknown id, a 404 of
     * {@code notFoundType} (such as {@code agreement-not-found}).
     */
    public static java.util.UUID pathId(String value, String notFoundType) {
        try {
            return java.util.UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.notFound(notFoundType, Echo.cut(value));
        }
    }

    public static java.util.UUID uuid(String name, String value) {
        try {
            return java.util.UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.invalid(name, "{field.uuid}", Echo.orNull(value));
        }
    }
}
