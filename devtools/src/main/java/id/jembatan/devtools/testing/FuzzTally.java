package id.jembatan.devtools.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Counts the answers to fuzzed requests by status and collects those that break the API conventions: never a
 * 5xx, every 4xx an RFC 9457 problem document, never a stack trace, a Java class name or an injected header.
 */
public final class FuzzTally {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What must never appear in an error response: stack traces, class names, library internals. */
    public static final List<String> LEAK_MARKERS = List.of("Exception", "java.", "javax.", "jakarta.", "org.hibernate",
            "org.postgresql", "com.fasterxml", "io.quarkus", "io.vertx", "io.smallrye", "at id.jembatan", "\tat ", "Caused by:",
            "SQLState", "ERROR: ");

    /** @return why the answer breaks the conventions, or null when it keeps them */
    public static String violation(int status, String contentType, String body, Map<String, String> headers) {
        if (headers != null && headers.keySet().stream().anyMatch(h -> h.equalsIgnoreCase("X-Injected"))) {
            return "a header was injected into the response";
        }
        if (status <= 0) {
            return "no HTTP answer: " + JsonBytes.printable(body, 200);
        }
        if (status >= 500) {
            return "status " + status;
        }
        if (status < 400) {
            return null;
        }
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
            return "a " + status + " with content type " + contentType + " instead of application/problem+json";
        }
        String text = body == null ? "" : body;
        for (String marker : LEAK_MARKERS) {
            if (text.contains(marker)) {
                return "the " + status + " problem leaks '" + marker.trim() + "'";
            }
        }
        try {
            JsonNode problem = JSON.readTree(text);
            if (problem == null || !problem.hasNonNull("status") || !problem.hasNonNull("title")) {
                return "a " + status + " problem without status or title";
            }
            if (problem.get("status").asInt() != status) {
                return "a " + status + " problem that says status " + problem.get("status");
            }
        } catch (IOException e) {
            return "a " + status + " problem that is not JSON";
        }
        return null;
    }

    private final String name;
    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private final Map<String, List<String>> violations = new LinkedHashMap<>();
    private int sent;
    private int violationCount;
    private long firstNanos;
    private long lastNanos;
    private final Map<String, long[]> byOperation = new TreeMap<>();

    public FuzzTally(String name) {
        this.name = name;
    }

    /** Records one answer; returns the violation (also kept), or null. */
    public String record(ApiFuzzer.Request request, ApiFuzzer.Reply reply) {
        lastNanos = System.nanoTime();
        if (sent++ == 0) {
            firstNanos = lastNanos;
        }
        byStatus.merge(reply.status(), 1, Integer::sum);
        String violation = violation(reply.status(), reply.contentType(), reply.body(), reply.headers());
        if (violation != null) {
            violationCount++;
            List<String> examples = violations.computeIfAbsent(request.operation() + ": " + violation, k -> new ArrayList<>());
            if (examples.size() < 3) {
                examples.add(request + "\n      -> " + reply.status() + " " + reply.contentType() + " "
                        + JsonBytes.printable(reply.body(), 400));
            }
        }
        return violation;
    }

    /** Sends every request with {@code sender} and records the answers, with the time each operation took. */
    public FuzzTally run(Collection<ApiFuzzer.Request> requests, Function<ApiFuzzer.Request, ApiFuzzer.Reply> sender) {
        for (ApiFuzzer.Request request : requests) {
            long start = System.nanoTime();
            ApiFuzzer.Reply reply = sender.apply(request);
            long[] stats = byOperation.computeIfAbsent(request.operation(), k -> new long[2]);
            stats[0]++;
            stats[1] += System.nanoTime() - start;
            record(request, reply);
        }
        return this;
    }

    public int sent() {
        return sent;
    }

    public int count(int statusClass) {
        return byStatus.entrySet().stream().filter(e -> e.getKey() / 100 == statusClass).mapToInt(Map.Entry::getValue).sum();
    }

    public Map<Integer, Integer> byStatus() {
        return Collections.unmodifiableMap(byStatus);
    }

    /** One line per kind of violation (operation and what was wrong), with up to three example requests. */
    public List<String> violations() {
        List<String> out = new ArrayList<>();
        violations.forEach((kind, examples) -> out.add(kind + "\n    " + String.join("\n    ", examples)));
        return out;
    }

    public int violationCount() {
        return violationCount;
    }

    public String summary() {
        StringBuilder operations = new StringBuilder();
        byOperation.forEach((operation, stats) -> operations.append(String.format("%n    %-45s %4d requests %6.1f s",
                operation, stats[0], stats[1] / 1e9)));
        return String.format("%s: %d requests sent in %.1f s; 2xx=%d 3xx=%d 4xx=%d 5xx=%d; by status %s; %d violations%s",
                name, sent, (lastNanos - firstNanos) / 1e9, count(2), count(3), count(4), count(5), byStatus, violationCount,
                operations);
    }
}
