package id.jembatan.platform.web;

/**
 * How much of a caller's own value a problem repeats back. A problem names the value it refuses, so that the
 * caller sees what was wrong, but never at any length: a value longer than {@link #MAX_LENGTH} is cut or left
 * out, so that an error page cannot be made to carry a caller's payload.
 */
public final class Echo {

    public static final int MAX_LENGTH = 40;

    private Echo() {
    }

    /** Whether the value may be repeated as it is. */
    public static boolean fits(String value) {
        return value != null && value.length() <= MAX_LENGTH;
    }

    /** The value, or null when it is too long to repeat. */
    public static String orNull(String value) {
        return fits(value) ? value : null;
    }

    /** The value, cut to {@link #MAX_LENGTH} characters. */
    public static String cut(String value) {
        return value == null || value.length() <= MAX_LENGTH ? value : value.substring(0, MAX_LENGTH);
    }
}
