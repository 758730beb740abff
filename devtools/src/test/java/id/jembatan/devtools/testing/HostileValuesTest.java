package id.jembatan.devtools.testing;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HostileValuesTest {

    @Test
    void uuidsAreVersionFourAndRepeatWithTheSeed() {
        UUID first = HostileValues.uuid(new Random(3));
        assertEquals(4, first.version());
        assertEquals(2, first.variant());
        assertEquals(first, HostileValues.uuid(new Random(3)));
    }
}
