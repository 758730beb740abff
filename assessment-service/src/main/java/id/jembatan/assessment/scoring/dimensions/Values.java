package id.jembatan.assessment.scoring.dimensions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Plain values for evidence and metrics, so that results serialise to JSON as they are. */
final class Values {
    static final int MONEY_SCALE = 2;
    static final int RATIO_SCALE = 4;

    private Values() {
    }

    /** Rounds half-even; throws on NaN and infinities, which must never reach a result. */
    static BigDecimal round(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN);
    }

    static BigDecimal round(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.HALF_EVEN);
    }

    /** A fraction as a percentage for titles, e.g. 0.0325 as "3.25%". */
    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", fraction * 100);
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** An evidence map from alternating keys and non-null values, in the order given. */
    static Map<String, Object> evidence(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must come in pairs");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], Objects.requireNonNull(keysAndValues[i + 1], (String) keysAndValues[i]));
        }
        return Collections.unmodifiableMap(map);
    }
}
