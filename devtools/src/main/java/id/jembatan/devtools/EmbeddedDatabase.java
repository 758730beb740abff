package id.jembatan.devtools;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A real PostgreSQL server from zonky's binaries on Maven Central, so that neither a local run nor the tests
 * need an installed database or Docker.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * @param dataDirectory where the cluster lives; reused between starts when it already holds one, or a
     *                      fresh temporary directory when null
     * @param port          0 for any free port
     * @param durable       keep PostgreSQL's crash safety; zonky turns fsync and synchronous commit off by
     *                      default, which is right for throw-away test clusters only
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port, boolean durable, List<String> databases)
            throws IOException, SQLException {
        return start(dataDirectory, port, durable, databases, null);
    }

    /**
     * @param walArchive where completed WAL segments are copied for point-in-time restores ({@code ./jembatan
     *                   backup}), once that directory exists; until then they are recycled as without archiving.
     *                   Null for no archiving. With an archive (the local suite's database), the server's own log
     *                   goes to this process's output, so that {@code .jembatan/logs/postgres.log} says why a start
     *                   or a recovery failed.
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port, boolean durable, List<String> databases,
                                         Path walArchive) throws IOException, SQLException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "128MB")
                .setPGStartupWait(java.time.Duration.ofSeconds(60));
        if (durable) {
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        if (walArchive != null) {
            builder.setOutputRedirector(ProcessBuilder.Redirect.INHERIT)
                    .setErrorRedirector(ProcessBuilder.Redirect.INHERIT)
                    .setServerConfig("archive_mode", "on")
                    .setServerConfig("archive_timeout", "60")
                    .setServerConfig("archive_command", quoted(archiveCommand(walArchive)));
        }
        if (dataDirectory != null) {
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        }
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedDatabase database = new EmbeddedDatabase(builder.start());
        for (String name : databases) {
            database.createIfMissing(name);
        }
        return database;
    }

    /**
     * Copies a segment into the archive unless the archive does not exist (no backup taken yet: the segment counts
     * as done) or already holds it (a retry after a crash); written under a temporary name and renamed, so a
     * restore never reads half a segment.
     */
    static String archiveCommand(Path walArchive) {
        String archive = walArchive.toAbsolutePath().toString();
        if (!archive.matches("[A-Za-z0-9_./-]+")) {
            throw new IllegalArgumentException("The WAL archive's path may hold letters, digits, '_', '.', '-' and '/' only: " + archive);
        }
        return "test ! -d " + archive + " || test -f " + archive + "/%f || (cp %p " + archive + "/%f.part && mv "
                + archive + "/%f.part " + archive + "/%f)";
    }

    /** zonky passes server settings to pg_ctl as one option string, which a shell splits at spaces. */
    private static String quoted(String value) {
        return "'" + value + "'";
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    private void createIfMissing(String name) throws SQLException {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("create database " + name);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
