package id.jembatan.assessment.scoring.model;

import java.util.Locale;
import java.util.Objects;

/** A user-facing text in English and Bahasa Indonesia. */
public record Text(String en, String id) {
    public Text {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(id, "id");
    }

    /** Fills {@code %s} placeholders in both languages with the same arguments. */
    /** Fills the placeholders; an argument that is itself a Text gives each language its own wording. */
    public Text format(Object... args) {
        Object[] english = java.util.Arrays.stream(args).map(a -> a instanceof Text t ? t.en() : a).toArray();
        Object[] indonesian = java.util.Arrays.stream(args).map(a -> a instanceof Text t ? t.id() : a).toArray();
        return new Text(String.format(Locale.ROOT, en, english), String.format(Locale.ROOT, id, indonesian));
    }
}
