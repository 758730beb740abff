package id.jembatan.agreements.domain;

/**
 * Kemendagri region codes: a province is two digits ("36"), a regency or city adds its own after a dot ("36.73").
 * Only provinces, regencies and cities are parties to agreements, so a province's sub-regions are exactly the
 * agreements whose province is that province, and a regency or city has none of its own.
 */
public final class KemendagriCode {

    private KemendagriCode() {
    }

    public static boolean isProvince(String code) {
        return code != null && !code.isEmpty() && code.indexOf('.') < 0;
    }
}
