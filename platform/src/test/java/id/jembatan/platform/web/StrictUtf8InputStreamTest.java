package id.jembatan.platform.web;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StrictUtf8InputStreamTest {

    static final class Malformed extends RuntimeException {
    }

    private static byte[] readAll(byte[] body) throws IOException {
        try (InputStream in = new StrictUtf8InputStream(new ByteArrayInputStream(body), Malformed::new)) {
            return in.readAllBytes();
        }
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void wellFormedTextPassesUnchanged() throws IOException {
        byte[] text = "{\"title\": \"Kota Serang – 杭州市 😀\"}".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(text, readAll(text));
        assertArrayEquals(bytes(0xF4, 0x8F, 0xBF, 0xBF), readAll(bytes(0xF4, 0x8F, 0xBF, 0xBF)));   // U+10FFFF
        assertArrayEquals(bytes(0xED, 0x9F, 0xBF), readAll(bytes(0xED, 0x9F, 0xBF)));               // U+D7FF
    }

    @Test
    void overlongFormsAreRefused() {
        assertThrows(Malformed.class, () -> readAll(bytes(0x22, 0xC0, 0xAE, 0x22)));       // '.' in two bytes
        assertThrows(Malformed.class, () -> readAll(bytes(0xC1, 0xBF)));
        assertThrows(Malformed.class, () -> readAll(bytes(0xE0, 0x80, 0xAF)));              // '/' in three bytes
        assertThrows(Malformed.class, () -> readAll(bytes(0xF0, 0x80, 0x80, 0xAF)));        // '/' in four bytes
    }

    @Test
    void surrogatesStrayBytesAndTruncationAreRefused() {
        assertThrows(Malformed.class, () -> readAll(bytes(0xED, 0xA0, 0x80)));              // U+D800
        assertThrows(Malformed.class, () -> readAll(bytes(0xF4, 0x90, 0x80, 0x80)));        // above U+10FFFF
        assertThrows(Malformed.class, () -> readAll(bytes(0x41, 0x80)));                    // a lone continuation
        assertThrows(Malformed.class, () -> readAll(bytes(0xFF)));
        assertThrows(Malformed.class, () -> readAll(bytes(0x41, 0xE6, 0x9D)));              // cut off at the end
        assertThrows(Malformed.class, () -> readAll(bytes(0xC3, 0x41)));                    // continuation missing
    }

    @Test
    void singleByteReadsAndSkipsAreCheckedToo() throws IOException {
        try (InputStream in = new StrictUtf8InputStream(new ByteArrayInputStream(bytes(0x41, 0xC0, 0xAE)), Malformed::new)) {
            in.read();
            assertThrows(Malformed.class, in::read);
        }
        try (InputStream in = new StrictUtf8InputStream(new ByteArrayInputStream(bytes(0xC0, 0xAE, 0x41)), Malformed::new)) {
            assertThrows(Malformed.class, () -> in.skip(2));
        }
    }
}
