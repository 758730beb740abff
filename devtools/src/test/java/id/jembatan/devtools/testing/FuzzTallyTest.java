package id.jembatan.devtools.testing;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FuzzTallyTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void answersThatKeepTheConventions() {
        assertNull(FuzzTally.violation(200, "application/json", "{}", Map.of()));
        assertNull(FuzzTally.violation(400, PROBLEM, "{\"title\": \"Invalid input\", \"status\": 400}", Map.of()));
    }

    @Test
    void answersThatBreakThem() {
        assertTrue(FuzzTally.violation(500, PROBLEM, "{}", Map.of()).startsWith("status 500"));
        assertTrue(FuzzTally.violation(0, null, "connection reset", Map.of()).startsWith("no HTTP answer"));
        assertTrue(FuzzTally.violation(414, null, "", Map.of()).contains("instead of application/problem+json"));
        assertTrue(FuzzTally.violation(400, PROBLEM, "{\"title\": \"x\", \"status\": 400, \"detail\": \"java.lang.NullPointerException\"}",
                Map.of()).contains("leaks"));
        assertTrue(FuzzTally.violation(400, PROBLEM, "{\"title\": \"x\", \"status\": 404}", Map.of()).contains("says status"));
        assertTrue(FuzzTally.violation(400, PROBLEM, "not json", Map.of()).contains("not JSON"));
        assertTrue(FuzzTally.violation(200, "application/json", "{}", Map.of("X-Injected", "yes")).contains("injected"));
    }

    @Test
    void countsByStatusAndKeepsExamples() {
        ApiFuzzer.Request request = new ApiFuzzer.Request("listThings", "get", "/things", "/things", List.of(), Map.of(), null,
                null, false, "baseline");
        FuzzTally tally = new FuzzTally("test").run(List.of(request, request, request), r -> r == request
                ? new ApiFuzzer.Reply(500, "text/plain", "boom", Map.of()) : null);
        assertEquals(3, tally.sent());
        assertEquals(3, tally.count(5));
        assertEquals(3, tally.violationCount());
        assertEquals(1, tally.violations().size());
        assertTrue(tally.summary().contains("5xx=3"));
    }
}
