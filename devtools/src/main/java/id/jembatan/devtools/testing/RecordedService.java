package id.jembatan.devtools.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;

/**
 * Another Jembatan service as tests need it: responses recorded from the real service, served from the
 * classpath on a local port. A request maps to the file {@code DIR/PATH[__param=value...].json} (slashes become
 * underscores, only the significant query parameters count); anything else is a 404 problem. Tests switch
 * it with {@link #mode}: {@code up}, {@code down} (the connection is dropped, like a crashed service),
 * {@code error} (500) or {@code slow} (answers after 5 s). A system property carries the mode because tests and
 * test resources may live in different class loaders.
 */
public abstract class RecordedService implements QuarkusTestResourceLifecycleManager {

    private final String name;
    private final String directory;
    private final String urlProperty;
    private final List<String> significantParameters;
    private HttpServer server;

    protected RecordedService(String name, String directory, String urlProperty, List<String> significantParameters) {
        this.name = name;
        this.directory = directory;
        this.urlProperty = urlProperty;
        this.significantParameters = significantParameters;
    }

    public static void mode(String service, String mode) {
        System.setProperty("jembatan.test.stub." + service + ".mode", mode);
    }

    @Override
    public Map<String, String> start() {
        mode(name, "up");
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/", this::handle);
        server.start();
        return Map.of(urlProperty, "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        String mode = System.getProperty("jembatan.test.stub." + name + ".mode", "up");
        switch (mode) {
            case "down" -> {
                exchange.close();
                return;
            }
            case "slow" -> pause();
            case "error" -> {
                respond(exchange, 500, "{\"status\":500}");
                return;
            }
            default -> {
                // answer from the recording
            }
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(directory + "/" + file(exchange) + ".json")) {
            if (in == null) {
                respond(exchange, 404, "{\"status\":404,\"title\":\"Not found\"}");
            } else {
                respond(exchange, 200, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    private String file(HttpExchange exchange) {
        String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
        StringBuilder file = new StringBuilder(path.replaceFirst("^/", "").replace("/by-code/", "_").replace("/", "_"));
        Map<String, String> query = new TreeMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                String key = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
                if (significantParameters.contains(key) && kv.length == 2) {
                    query.put(key, URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
                }
            }
        }
        query.forEach((key, value) -> file.append("__").append(key).append('=').append(value));
        return file.toString();
    }

    private static void pause() {
        try {
            Thread.sleep(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
