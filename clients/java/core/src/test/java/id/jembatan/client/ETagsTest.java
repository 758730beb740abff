package id.jembatan.client;

import org.junit.jupiter.api.Test;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ETagsTest {

    @Test
    void theReadsTagIsSentBackVerbatim() {
        assertEquals("\"3\"", ETags.ifMatch(Map.of("etag", List.of("\"3\""))));
        assertEquals("W/\"3\"", ETags.ifMatch(Map.of("ETag", List.of("W/\"3\""))));
        assertEquals("\"0\"", ETags.ifMatch(HttpHeaders.of(Map.of("Etag", List.of("\"0\"")), (name, value) -> true)));
    }

    @Test
    void aResponseWithoutATagIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> ETags.ifMatch(Map.of("content-type", List.of("application/json"))));
        assertThrows(IllegalArgumentException.class, () -> ETags.ifMatch(Map.of("etag", List.of())));
        assertThrows(IllegalArgumentException.class, () -> ETags.ifMatch((Map<String, List<String>>) null));
    }
}
