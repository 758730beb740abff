package id.jembatan.platform.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * A body read through a strict UTF-8 decoder state (RFC 3629: no overlong forms, no surrogates, nothing above
 * U+10FFFF, no sequence cut off at the end). A violation raises the exception the supplier makes, so the caller
 * decides what the client is told.
 */
final class StrictUtf8InputStream extends FilterInputStream {

    private final Supplier<? extends RuntimeException> malformed;
    /** Continuation bytes still expected, and the range the next one must fall in. */
    private int pending;
    private int low = 0x80;
    private int high = 0xBF;

    StrictUtf8InputStream(InputStream in, Supplier<? extends RuntimeException> malformed) {
        super(in);
        this.malformed = malformed;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            end();
        } else {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            end();
            return n;
        }
        for (int i = offset; i < offset + n; i++) {
            check(buffer[i] & 0xFF);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes would escape the check; read them instead.
        byte[] discard = new byte[(int) Math.min(n, 8192)];
        int read = read(discard, 0, discard.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void end() {
        if (pending > 0) {
            throw malformed.get();
        }
    }

    private void check(int b) {
        if (pending > 0) {
            if (b < low || b > high) {
                throw malformed.get();
            }
            pending--;
            low = 0x80;
            high = 0xBF;
            return;
        }
        if (b < 0x80) {
            return;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            expect(1, 0x80, 0xBF);
        } else if (b == 0xE0) {
            expect(2, 0xA0, 0xBF);                 // below A0 would be an overlong three-byte form
        } else if (b == 0xED) {
            expect(2, 0x80, 0x9F);                 // above 9F would encode a UTF-16 surrogate
        } else if (b >= 0xE1 && b <= 0xEF) {
            expect(2, 0x80, 0xBF);
        } else if (b == 0xF0) {
            expect(3, 0x90, 0xBF);                 // below 90 would be an overlong four-byte form
        } else if (b >= 0xF1 && b <= 0xF3) {
            expect(3, 0x80, 0xBF);
        } else if (b == 0xF4) {
            expect(3, 0x80, 0x8F);                 // above 8F would pass U+10FFFF
        } else {
            throw malformed.get();                 // a stray continuation byte, C0/C1 (overlong) or F5..FF
        }
    }

    private void expect(int continuations, int first, int last) {
        pending = continuations;
        low = first;
        high = last;
    }
}
