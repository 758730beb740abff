package id.jembatan.agreements.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KemendagriCodeTest {

    @Test
    void aProvinceIsTwoDigitsWithoutADot() {
        assertTrue(KemendagriCode.isProvince("36"));
        assertFalse(KemendagriCode.isProvince("36.73"));
        assertFalse(KemendagriCode.isProvince(""));
        assertFalse(KemendagriCode.isProvince(null));
    }
}
