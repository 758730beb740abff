package id.jembatan.assessment.scoring;

import java.util.Locale;
import java.util.Objects;

/** A user-facing text in English and Bahasa Indonesia. */
public record Text(String en, String id) {
    public Text {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(id, "id");
    }

    /** Fills {@code %s} placeholders in both languages with the same arguments. */
    public Text format(Object... args) {
        return new Text(String.format(Locale.ROOT, en, args), String.format(Locale.ROOT, id, args));
    }
}
