package id.jembatan.devtools.testing;

import java.util.List;
import java.util.Random;
import java.util.UUID;

/** The values the fuzzer tries: injections, awkward Unicode, impossible dates and ids, sizes that hurt. */
final class HostileValues {

    private HostileValues() {
    }

    /** Long enough to hurt, short enough to stay under the HTTP layer's request-line and header limits. */
    /** Long enough to hurt, short enough to stay under the HTTP layer's request-line and header limits. */
    static final int LONG_IN_URL = 2_000;
    static final int LONG_IN_HEADER = 3_000;
    static final int HUGE = 100_000;

    /** Things an attacker types into a text field, a parameter or a path segment. None names a Java class. */
    public static final List<String> INJECTIONS = List.of(
            "' OR '1'='1", "'; DROP TABLE agreement; --", "1' AND pg_sleep(1) --", "\" OR \"\"=\"", "%' OR 1=1 --",
            "\\", "%_%", "' UNION SELECT null, current_user --",
            "{\"$gt\": \"\"}", "{\"$where\": \"sleep(100)\"}", "\"},{\"injected\":true,\"x\":\"",
            "../../../../etc/passwd", "..\\..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/etc/passwd%00.json",
            "x\r\nX-Injected: yes", "x%0d%0aX-Injected:%20yes", "x\nSet-Cookie: injected=1",
            "${jndi:ldap://127.0.0.1:1389/a}", "${jndi:${lower:l}${lower:d}ap://127.0.0.1/a}", "${env:HOME}",
            "#{7*7}", "{{7*7}}", "<%= 7*7 %>", "{0}{1}{99}", "'{0}'", "%s%s%s%n%x",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
            "=HYPERLINK(\"http://evil.example\",\"x\")", "@SUM(1+1)*cmd|' /C calc'!A0", "+1+1", "-1-1",
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
            "*)(uid=*))(|(uid=*", "; ls -la", "$(id)", "`id`", "| cat /etc/passwd");

    /** Text that trips up encoders, comparators, databases and terminals. */
    public static final List<String> UNICODE = List.of(
            "\u202Egnp.exe", "\u200F\u200E\u202B", "a\u200Db\u200Cc\u200B", "\uD83D\uDE00", "\uD83D\uDC69\u200D\uD83D\uDCBB",
            "\uD83C\uDDEE\uD83C\uDDE9", "\u0000", "a\u0000b", "\uFEFFx", "\u2028\u2029", "Z\u0351\u0352\u0353\u0354\u0355",
            "\uFFFF\uFFFE", "\uFFFD", "\u00A0\u3000", "\u0130\u0131\u00DF", "\u0663\u0666.\u0667\u0663", "\uFF53\uFF45\uFF4C",
            "\t\n\r", "\u001B[31mred\u001B[0m", "\u0007\u0008", "\uD800", "\uDFFF", "\uDBFF\uDFFF");

    static final List<String> BAD_DATES = List.of("2025-02-30", "2025-13-01", "0000-00-00", "+999999999-12-31",
            "-999999999-01-01", "99999-01-01", "2025-1-1", "2025-01-01T00:00:00Z", "01/02/2025", "now", "", "1e10");
    static final List<String> BAD_UUIDS = List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000",
            "ffffffff-ffff-ffff-ffff-ffffffffffff", "1-1-1-1-1", "gggggggg-gggg-gggg-gggg-gggggggggggg",
            "{00000000-0000-0000-0000-000000000000}", "00000000-0000-0000-0000-0000000000000");

    /** A random version-4 UUID from the operation's seeded source, so that runs repeat. */
    static UUID uuid(Random random) {
        return new UUID((random.nextLong() & ~0xF000L) | 0x4000L, (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
