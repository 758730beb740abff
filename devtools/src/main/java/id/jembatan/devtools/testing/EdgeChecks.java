package id.jembatan.devtools.testing;

import java.io.IOException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every service must refuse the same way before its resources see a request (issue 11, items 10 and 11), as
 * one set of assertions each service's HostileInputTest runs against itself: each refusal a 4xx problem document.
 */
public final class EdgeChecks {

    private EdgeChecks() {
    }

    /** A URL over 4 KiB and headers over 20 KiB are problems, not the codec's bare answers. */
    public static void requestHeadRefusals(int port, String path) throws IOException {
        RawHttp.Answer longUrl = RawHttp.send(port, "GET " + path + "?q=" + "a".repeat(5_000) + " HTTP/1.1", Map.of(), null);
        assertProblem(longUrl, 414, "uri-too-long");

        RawHttp.Answer hugeHeader = RawHttp.send(port, "GET " + path + " HTTP/1.1", Map.of("X-Padding", "p".repeat(100_000)), null);
        assertProblem(hugeHeader, 431, "headers-too-large");

        // A control character in a header: the codec's own check is off (ServiceMain), so the edge answers it.
        for (String hostile : new String[] {"a\u007fb", "a\u0000b", "a\u0007b"}) {
            RawHttp.Answer control = RawHttp.send(port, "GET " + path + " HTTP/1.1", Map.of("X-Note", hostile), null);
            assertProblem(control, 400, "invalid-header");
            assertTrue(control.body().contains("\"field\":\"X-Note\""), control.body());
        }
    }

    /** A garbled Accept-Language never breaks an answer: English, with the status the request deserves. */
    public static void garbledLanguagesFallBackToEnglish(int port, String path, int status) throws IOException {
        for (String header : new String[] {";", ";;", ",;,", "id;q=NaN", "\t;q=", "*;q=x"}) {
            RawHttp.Answer answer = RawHttp.send(port, "GET " + path + " HTTP/1.1", Map.of("Accept-Language", header), null);
            assertEquals(status, answer.status(), header + ": " + answer.body());
            if (status >= 400) {
                assertTrue(answer.isProblem(), header + ": " + answer.body());
            }
            assertFalse(answer.body().contains("Exception"), answer.body());
        }
    }

    /** A body without a Content-Type is refused with a problem naming the header, before it is read. */
    public static void bodyWithoutContentType(int port, String path, String token, String body) throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, "POST " + path + " HTTP/1.1",
                Map.of("Authorization", "Bearer " + token, "Content-Length", String.valueOf(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)),
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertProblem(answer, 415, "content-type-required");
        assertTrue(answer.body().contains("\"field\":\"Content-Type\""), answer.body());
    }

    /** The Location of a created resource does not follow the Host header the client sent. */
    public static void locationIgnoresHost(String location) {
        assertFalse(location.contains("evil.example"), location);
    }

    public static void assertProblem(RawHttp.Answer answer, int status, String type) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.isProblem(), "not a problem document: " + answer.headers() + " " + answer.body());
        assertTrue(answer.body().contains("\"type\":\"urn:jembatan:problem:" + type + "\""), answer.body());
    }
}
