package id.jembatan.directory;

import id.jembatan.devtools.testing.TestKeys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clients that send their bodies a byte at a time (slowloris) must not hold the workers: while 50 of them trickle,
 * with fewer workers than that, ordinary reads and the readiness probe still answer at once. A body that stops
 * arriving is refused with 408, and a client dropping its connection mid-body is no error in the log.
 */
@QuarkusTest
@TestProfile(SlowBodyTest.FewWorkers.class)
class SlowBodyTest {

    private static final int SLOW_CLIENTS = 50;
    private static final String ADMIN = TestKeys.token("directory-admin");

    /** Fewer workers than slow clients, so that one worker held per slow body would starve everyone else. */
    public static class FewWorkers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.thread-pool.max-threads", "8", "jembatan.http.body-timeout", "3s");
        }
    }

    @TestHTTPResource("/")
    URL api;

    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void slowBodiesLeaveReadsAndProbesAnswering() throws Exception {
        List<String> errors = new CopyOnWriteArrayList<>();
        Handler recorder = errorRecorder(errors);
        Logger.getLogger("").addHandler(recorder);
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                slow.add(startSlowPost());
            }
            Thread.sleep(300);
            trickle(slow);
            assertEquals(200, get(api.toURI().resolve("/countries/ID")));
            assertEquals(200, get(readiness.toURI()));
            trickle(slow);
            assertEquals(200, get(api.toURI().resolve("/countries/ID")));
            // Half of them drop their connections mid-body, abruptly.
            for (Socket socket : slow.subList(0, SLOW_CLIENTS / 2)) {
                socket.setSoLinger(true, 0);
                socket.close();
            }
            Thread.sleep(500);
            assertEquals(200, get(api.toURI().resolve("/countries/ID")));
            assertTrue(errors.isEmpty(), "errors logged: " + errors);
        } finally {
            Logger.getLogger("").removeHandler(recorder);
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void aBodyThatStopsArrivingIsRefusedWith408() throws Exception {
        try (Socket socket = startSlowPost()) {
            socket.setSoTimeout(10_000);
            String response = new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 408"), response);
            assertTrue(response.contains("urn:jembatan:problem:request-timeout"), response);
        }
    }

    /** A region creation declaring 2000 bytes of body, of which only the first is sent. */
    private Socket startSlowPost() throws IOException {
        Socket socket = new Socket(api.getHost(), api.getPort());
        OutputStream out = socket.getOutputStream();
        out.write(("POST /regions HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + ADMIN
                + "\r\nContent-Type: application/json\r\nContent-Length: 2000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private static void trickle(List<Socket> sockets) throws IOException {
        for (Socket socket : sockets) {
            if (!socket.isClosed()) {
                socket.getOutputStream().write(' ');
                socket.getOutputStream().flush();
            }
        }
    }

    private int get(URI uri) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    private static Handler errorRecorder(List<String> errors) {
        return new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(record.getLoggerName() + ": " + record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }
}
