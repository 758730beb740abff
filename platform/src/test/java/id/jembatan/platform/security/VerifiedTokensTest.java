package id.jembatan.platform.security;

import io.quarkus.cache.runtime.caffeine.CaffeineCacheImpl;
import io.quarkus.cache.runtime.caffeine.CaffeineCacheInfo;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifiedTokensTest {

    private static final long START = 1_800_000_000_000L;

    private final AtomicLong now = new AtomicLong(START);
    private final Verifier verifier = new Verifier();
    private final CaffeineCacheImpl cache = new CaffeineCacheImpl(info(), false);
    private final VerifiedTokens tokens = new VerifiedTokens(verifier, cache, now::get, false);

    /** As configured in microprofile-config.properties. */
    private static CaffeineCacheInfo info() {
        CaffeineCacheInfo info = new CaffeineCacheInfo();
        info.name = "verified-tokens";
        info.maximumSize = 1_000L;
        info.expireAfterWrite = Duration.ofSeconds(60);
        return info;
    }

    @Test
    void aVerifiedTokenIsNotVerifiedAgain() throws ParseException {
        JsonWebToken first = tokens.parse("good:3600");
        assertSame(first, tokens.parse("good:3600"));
        assertEquals(1, verifier.calls.get());
    }

    @Test
    void aRefusedTokenIsCheckedEveryTime() {
        assertThrows(ParseException.class, () -> tokens.parse("bad"));
        assertThrows(ParseException.class, () -> tokens.parse("bad"));
        assertEquals(2, verifier.calls.get());
    }

    @Test
    void aTokenIsRememberedOnlyUntilItExpires() throws ParseException {
        tokens.parse("good:30");
        now.set(START + 29_000);
        tokens.parse("good:30");
        assertEquals(1, verifier.calls.get());
        now.set(START + 30_000);
        tokens.parse("good:30");
        assertEquals(2, verifier.calls.get(), "checked again (and refused by the verifier if it is too old)");
    }

    @Test
    void aLongLivedTokenIsCheckedAgainAfterAMinute() throws ParseException {
        tokens.parse("good:3600");
        now.set(START + 59_000);
        tokens.parse("good:3600");
        assertEquals(1, verifier.calls.get());
        now.set(START + 61_000);
        tokens.parse("good:3600");
        assertEquals(2, verifier.calls.get());
    }

    @Test
    void aDemoAccountIsRefusedUnlessDemoAccountsAreAccepted() throws ParseException {
        assertThrows(ParseException.class, () -> tokens.parse("good:3600:demo"));
        assertThrows(ParseException.class, () -> tokens.parse("good:3600:demo"), "not remembered either");
        assertEquals(0, cache.getSize());
        assertEquals("tester", tokens.parse("good:3600:real").getName());

        VerifiedTokens local = new VerifiedTokens(verifier, new CaffeineCacheImpl(info(), false), now::get, true);
        assertEquals("tester", local.parse("good:3600:demo").getName());
    }

    @Test
    void theMemoryIsBounded() throws Exception {
        for (int i = 0; i < 1_500; i++) {
            tokens.parse("good:3600:" + i);
        }
        // The cache evicts in the background: wait for it, within reason.
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (cache.getSize() > 1_000 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(cache.getSize() <= 1_000);
    }

    /**
     * Accepts "good:&lt;seconds of validity&gt;[:anything]" and refuses the rest, counting its checks; only parse(String) is
     * used. A token ending in ":demo" carries the demo claim as smallrye-jwt gives it, a JSON true.
     */
    private final class Verifier extends DefaultJWTParser {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            calls.incrementAndGet();
            if (!token.startsWith("good:")) {
                throw new ParseException("refused");
            }
            long expires = now.get() / 1000 + Long.parseLong(token.split(":")[1]);
            return new JsonWebToken() {
                @Override
                public String getName() {
                    return "tester";
                }

                @Override
                public Set<String> getClaimNames() {
                    return Set.of("exp", "demo");
                }

                @Override
                @SuppressWarnings("unchecked")
                public <T> T getClaim(String claim) {
                    if ("demo".equals(claim)) {
                        return token.endsWith(":demo") ? (T) JsonValue.TRUE : null;
                    }
                    return "exp".equals(claim) ? (T) Long.valueOf(expires) : null;
                }
            };
        }
    }
}
