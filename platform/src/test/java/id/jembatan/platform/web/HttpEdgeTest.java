package id.jembatan.platform.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpEdgeTest {

    @Test
    void controlCharactersAndDelAreRefusedTabsAndNonAsciiTextAreNot() {
        for (String bad : new String[] {"a\u0000b", "a\u007fb", "a\u0007b", "a\rb", "a\nb", "\u001f"}) {
            assertTrue(HttpEdge.hasControlCharacter(bad), bad);
        }
        for (String fine : new String[] {"", "Bearer abc.def", "a\tb", "café", "id-ID,id;q=0.9", "~!@#$%^&*()"}) {
            assertFalse(HttpEdge.hasControlCharacter(fine), fine);
        }
    }

    @Test
    void aHeaderNameIsRepeatedWithItsControlCharactersMaskedAndCutAsEveryEcho() {
        assertEquals("X-N?te", HttpEdge.printable("X-N\u0001te"));
        assertEquals("X-?", HttpEdge.printable("X-\u007f"));
        assertEquals(Echo.MAX_LENGTH, HttpEdge.printable("h".repeat(5_000)).length());
    }
}
