package id.jembatan.devtools;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** The Java half of the {@code ./jembatan} script: the embedded database, local keys and tokens. */
public final class Cli {

    private Cli() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
            System.exit(2);
        }
        Map<String, String> options = options(Arrays.copyOfRange(args, 1, args.length));
        switch (args[0]) {
            case "db" -> runDatabase(options);
            case "keys" -> LocalKeys.ensure(Path.of(required(options, "dir")));
            case "token" -> System.out.println(token(options));
            case "databases" -> ensureDatabases(options);
            default -> {
                usage();
                System.exit(2);
            }
        }
    }

    private static void runDatabase(Map<String, String> options) throws Exception {
        Path data = Path.of(required(options, "data"));
        int port = Integer.parseInt(options.getOrDefault("port", "54329"));
        List<String> databases = List.of(options.getOrDefault("databases", "directory").split(","));
        Path walArchive = options.containsKey("wal-archive") ? Path.of(options.get("wal-archive")) : null;
        EmbeddedDatabase database = EmbeddedDatabase.start(data, port, true, databases, walArchive);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                database.close();
            } catch (Exception e) {
                System.err.println("Could not stop PostgreSQL cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }));
        System.out.println("PostgreSQL ready on port " + database.port() + " (data in " + data + ")");
        stopped.await();
    }

    /** Creates the services' databases on a configured server, for {@code JEMBATAN_DB_URL} runs. */
    private static void ensureDatabases(Map<String, String> options) throws java.sql.SQLException {
        String server = required(options, "server");
        server = server.endsWith("/") ? server : server + "/";
        String user = options.getOrDefault("user", EmbeddedDatabase.USER);
        String password = options.getOrDefault("password", "");
        try (java.sql.Connection admin = java.sql.DriverManager.getConnection(server + "postgres", user, password);
             java.sql.Statement statement = admin.createStatement()) {
            for (String name : required(options, "databases").split(",")) {
                if (!name.matches("[a-z_][a-z0-9_]*")) {
                    throw new IllegalArgumentException("Not a plain database name: " + name);
                }
                try (java.sql.ResultSet rs = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                    if (!rs.next()) {
                        statement.execute("create database " + name);
                    }
                }
            }
        }
    }

    private static String token(Map<String, String> options) {
        Path keys = Path.of(options.getOrDefault("keys", ".jembatan/keys"));
        LocalKeys.ensure(keys);
        long hours = Long.parseLong(options.getOrDefault("ttl-hours", "8"));
        String role = required(options, "role");
        return Jwt.subject(options.getOrDefault("subject", role + "@jembatan.local"))
                .role(role)
                .region(options.get("region"))
                .claim("iss", options.getOrDefault("issuer", Jwt.DEFAULT_ISSUER))
                .expiresAt(Instant.now().plus(Duration.ofHours(hours)))
                .sign(LocalKeys.privateKey(keys));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Expected --name value pairs, got " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing --" + name);
        }
        return value;
    }

    private static void usage() {
        System.err.println("""
                usage: db --data DIR [--port N] [--databases a,b] [--wal-archive DIR]
                       databases --server JDBC_URL --databases a,b [--user U] [--password P]
                       keys --dir DIR
                       token --role ROLE [--region CODE] [--subject NAME] [--keys DIR] [--ttl-hours N]""");
    }
}
