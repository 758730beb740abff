package id.jembatan.agreements;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * directory-service as the tests need it: real responses recorded from directory-service (under
 * {@code directory-stub/}), served on a local port. Tests switch it with {@link #mode}: {@code up}, {@code down}
 * (the connection is dropped without an answer, like a crashed service), {@code error} (500) or {@code slow}
 * (answers after 5 s, beyond the client's timeout). A system property carries the mode because the test and
 * this resource may live in different class loaders.
 */
public class DirectoryStub implements QuarkusTestResourceLifecycleManager {

    private static final String MODE = "jembatan.test.directory-stub.mode";
    private static final String CALLS = "jembatan.test.directory-stub.calls";
    private HttpServer server;

    public static void mode(String mode) {
        System.setProperty(MODE, mode);
    }

    public static long calls() {
        return Long.parseLong(System.getProperty(CALLS, "0"));
    }

    @Override
    public Map<String, String> start() {
        mode("up");
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::handle);
        server.start();
        return Map.of("quarkus.rest-client.directory.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        synchronized (DirectoryStub.class) {
            System.setProperty(CALLS, Long.toString(calls() + 1));
        }
        String mode = System.getProperty(MODE, "up");
        if (mode.equals("down")) {
            exchange.close();
            return;
        }
        if (mode.equals("slow")) {
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (mode.equals("error")) {
            respond(exchange, 500, "{\"status\":500}");
            return;
        }
        String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
        String file = path.replaceFirst("^/", "").replace("/by-code/", "_").replace("/", "_");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("directory-stub/" + file + ".json")) {
            if (in == null) {
                respond(exchange, 404, "{\"status\":404,\"title\":\"Not found\"}");
            } else {
                respond(exchange, 200, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
