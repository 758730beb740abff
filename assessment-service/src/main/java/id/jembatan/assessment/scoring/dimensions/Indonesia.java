package id.jembatan.assessment.scoring.dimensions;

/** Codes of the home side of every agreement. */
final class Indonesia {
    static final String COUNTRY_CODE = "ID";
    static final String CURRENCY = "IDR";

    private Indonesia() {
    }
}
