package id.jembatan.devtools.testing;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonBytesTest {

    @Test
    void rawTokensAreWrittenVerbatim() {
        JsonBytes json = new JsonBytes();
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("amount", json.raw("1e400"));
        body.set("title", json.raw("\"\\ud800\""));
        body.put("plain", "x");
        assertEquals("{\"amount\":1e400,\"title\":\"\\ud800\",\"plain\":\"x\"}", new String(json.bytes(body), StandardCharsets.UTF_8));
    }

    @Test
    void encodesAllButUnreservedCharacters() {
        assertEquals("a-b.c_d~e", JsonBytes.encode("a-b.c_d~e"));
        assertEquals("a%20b%2F%3F%25", JsonBytes.encode("a b/?%"));
        assertEquals("%C3%A9", JsonBytes.encode("\u00e9"));
    }

    @Test
    void invalidUtf8IsInvalid() {
        assertThrows(java.nio.charset.CharacterCodingException.class, () -> StandardCharsets.UTF_8.newDecoder()
                .decode(java.nio.ByteBuffer.wrap(JsonBytes.invalidUtf8())));
    }

    @Test
    void printableShowsControlCharactersAndShortens() {
        assertEquals("a\\u0000b\\u001b", JsonBytes.printable("a\u0000b\u001b", 100));
        assertEquals("\\ud800", JsonBytes.printable("\ud800", 100));
        assertEquals("xxx...(10 chars)", JsonBytes.printable("x".repeat(10), 3));
        assertEquals("null", JsonBytes.printable(null, 3));
    }
}
