package id.jembatan.devtools.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The bytes of what the fuzzer sends: JSON trees written out with tokens a tree cannot hold (1e400, escaped lone
 * surrogates) put back verbatim, percent-encoding, deliberately broken UTF-8, and text made printable for reports.
 */
final class JsonBytes {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A private-use character that marks where a raw token goes. */
    private static final char MARK = '\uE000';
    private final List<String> rawTokens = new ArrayList<>();

    /** A JSON token written verbatim, for what a tree cannot hold (1e400, escaped lone surrogates). */
    JsonNode raw(String token) {
        rawTokens.add(token);
        return TextNode.valueOf(MARK + Integer.toString(rawTokens.size() - 1) + MARK);
    }

    byte[] bytes(JsonNode node) {
        try {
            String text = JSON.writeValueAsString(node);
            if (text.indexOf(MARK) >= 0) {
                StringBuilder out = new StringBuilder();
                int from = 0;
                for (int at = text.indexOf("\"" + MARK); at >= 0; at = text.indexOf("\"" + MARK, from)) {
                    int end = text.indexOf(MARK + "\"", at + 2);
                    out.append(text, from, at).append(rawTokens.get(Integer.parseInt(text.substring(at + 2, end))));
                    from = end + 2;
                }
                text = out.append(text.substring(from)).toString();
            }
            return utf8(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(JsonNode node) {
        return node.isValueNode() ? node.asText() : node.toString();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a == null ? new byte[0] : a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    static byte[] invalidUtf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8("{\"title\": \""));
        out.writeBytes(new byte[]{(byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xA1, (byte) 0xF0, (byte) 0x28, (byte) 0x8C, (byte) 0xBC,
                (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80});
        out.writeBytes(utf8("\"}"));
        return out.toByteArray();
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters (a lone surrogate becomes '?'). */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** Shortened, with control characters made visible, for reports. */
    public static String printable(String text, int max) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            boolean lone = Character.isHighSurrogate(c) ? !(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
                    : Character.isLowSurrogate(c) && !(i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
            out.append(c < 0x20 || c == 0x7f || lone ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return text.length() > max ? out + "...(" + text.length() + " chars)" : out.toString();
    }
}
