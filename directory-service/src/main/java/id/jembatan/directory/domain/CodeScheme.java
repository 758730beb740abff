package id.jembatan.directory.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.Locale;
import java.util.regex.Pattern;

/** The code schemes a region can be identified by, each with the shape its codes must have. */
@Schema(description = "A scheme of region codes: KEMENDAGRI (36.73), BPS (3673), ISO_3166_2 (ID-BT), GB_T_2260 (330100), UN_LOCODE (CN HAZ), GEONAMES (1808926)")
public enum CodeScheme {
    /** Ministry of Home Affairs: {@code 36} (province), {@code 36.73} (regency/city), then district and village. */
    KEMENDAGRI("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?"),
    /** Statistics Indonesia: the same hierarchy without separators, {@code 3673}. */
    BPS("\\d{2}(\\d{2}(\\d{3}(\\d{3})?)?)?"),
    ISO_3166_2("[A-Z]{2}-[A-Z0-9]{1,3}"),
    /** China's administrative division codes, {@code 330100} for Hangzhou. */
    GB_T_2260("\\d{6}"),
    /** Written with the space, {@code CN HAZ}. */
    UN_LOCODE("[A-Z]{2} [A-Z2-9]{3}"),
    GEONAMES("\\d{1,10}");

    private final Pattern shape;

    CodeScheme(String shape) {
        this.shape = Pattern.compile(shape);
    }

    /** The canonical spelling of a code, or null when it cannot be a code of this scheme. */
    public String normalise(String code) {
        if (code == null) {
            return null;
        }
        String canonical = code.trim().toUpperCase(Locale.ROOT);
        if (this == UN_LOCODE && canonical.length() == 5 && !canonical.contains(" ")) {
            canonical = canonical.substring(0, 2) + " " + canonical.substring(2);
        }
        return shape.matcher(canonical).matches() ? canonical : null;
    }

    public String shape() {
        return shape.pattern();
    }
}
