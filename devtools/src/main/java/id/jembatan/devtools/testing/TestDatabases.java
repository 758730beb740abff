package id.jembatan.devtools.testing;

import id.jembatan.devtools.EmbeddedDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Where the tests' databases live: on the server named by {@code JEMBATAN_TEST_DB_URL} (for example CI's local
 * PostgreSQL) or, by default, on one embedded PostgreSQL per test JVM. Each service's tests get a fresh
 * database of their own.
 */
public final class TestDatabases {

    private static final String SERVER_PROPERTY = "jembatan.test.db.server";
    private static EmbeddedDatabase embedded;

    private TestDatabases() {
    }

    public record Connection(String jdbcUrl, String user, String password) {
    }

    public static synchronized Connection fresh(String name) {
        String server = server();
        String user = env("JEMBATAN_TEST_DB_USER", EmbeddedDatabase.USER);
        String password = env("JEMBATAN_TEST_DB_PASSWORD", "");
        try (java.sql.Connection admin = DriverManager.getConnection(server + "postgres", user, password);
             Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name + " on " + server, e);
        }
        return new Connection(server + name, user, password);
    }

    private static String server() {
        String existing = System.getProperty(SERVER_PROPERTY);
        if (existing != null) {
            return existing;
        }
        String configured = System.getenv("JEMBATAN_TEST_DB_URL");
        String server;
        if (configured != null && !configured.isBlank()) {
            server = configured.endsWith("/") ? configured : configured + "/";
        } else {
            server = startEmbedded();
        }
        System.setProperty(SERVER_PROPERTY, server);
        return server;
    }

    private static String startEmbedded() {
        try {
            embedded = EmbeddedDatabase.start(null, 0, false, List.of());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (Exception ignored) {
                    // the JVM is going away; the temporary cluster goes with it
                }
            }));
            return "jdbc:postgresql://localhost:" + embedded.port() + "/";
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the embedded PostgreSQL for tests", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
