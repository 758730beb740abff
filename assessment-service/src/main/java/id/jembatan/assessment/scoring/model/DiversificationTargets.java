package id.jembatan.assessment.scoring.model;

import java.util.Map;
import java.util.Set;

/**
 * The partners a model names for diversification, told apart as countries (ISO 3166-1 alpha-2) or blocs, with
 * their names in English and Bahasa Indonesia.
 */
public final class DiversificationTargets {
    /** The article names them as Japan, South Korea, the European Union and ASEAN. */
    private static final Map<String, Text> NAMES = Map.of(
            "JP", new Text("Japan", "Jepang"),
            "KR", new Text("South Korea", "Korea Selatan"),
            "EU", new Text("the European Union", "Uni Eropa"),
            "ASEAN", new Text("ASEAN", "ASEAN"));
    /** Blocs the directory knows; "EU" is two letters like a country code, so it must be listed. */
    private static final Set<String> BLOCS = Set.of("EU", "ASEAN", "G20", "OECD", "BRICS", "EAST_ASIA_PLUS_THREE",
            "APEC");

    private DiversificationTargets() {
    }

    public static boolean isCountry(String code) {
        return !BLOCS.contains(code) && code.matches("[A-Z]{2}");
    }

    /** The target's name; its code when the model names a target this list does not know. */
    public static Text name(String code) {
        return NAMES.getOrDefault(code, new Text(code, code));
    }
}
