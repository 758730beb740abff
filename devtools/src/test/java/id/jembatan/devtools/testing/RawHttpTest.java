package id.jembatan.devtools.testing;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RawHttpTest {

    @Test
    void parsesStatusHeadersAndAPlainBody() {
        RawHttp.Answer answer = RawHttp.parse(("HTTP/1.1 414 URI Too Long\r\nContent-Type: application/problem+json\r\n"
                + "content-length: 13\r\n\r\n{\"status\":414}").getBytes(StandardCharsets.UTF_8));
        assertEquals(414, answer.status());
        assertTrue(answer.isProblem());
        assertEquals("13", answer.header("Content-Length"));
        assertEquals("{\"status\":414}", answer.body());
    }

    @Test
    void joinsAChunkedBody() {
        RawHttp.Answer answer = RawHttp.parse(("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "4\r\n{\"a\"\r\n3;ext=1\r\n:1}\r\n0\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        assertEquals("{\"a\":1}", answer.body());
        assertTrue(!answer.isProblem());
    }
}
