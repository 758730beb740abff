package id.jembatan.agreements.repository;

import id.jembatan.devtools.testing.TestDatabases;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Flyway V4 (the eleven stages) on agreements stored before it: every state and history entry stays as it was, each
 * agreement gains one history entry, the clock of its state starts at its last state change, and a legacy
 * registration that declared a ministry decision becomes unconfirmed and is announced on the feed.
 */
class ElevenStagesMigrationTest {

    private static final UUID IN_CENTRAL_REVIEW = UUID.randomUUID();
    private static final UUID LEGACY_ACTIVE = UUID.randomUUID();
    private static final UUID LEGACY_DPRD_APPROVED = UUID.randomUUID();
    private static final Instant CREATED = Instant.parse("2026-01-05T02:00:00Z");
    private static final Instant SUBMITTED = Instant.parse("2026-02-10T03:00:00Z");
    private static final Instant EDITED = Instant.parse("2026-02-20T04:00:00Z");

    private static TestDatabases.Connection database;
    private static List<String> historyBefore;

    @BeforeAll
    static void migrateAgreementsStoredBeforeTheStages() throws SQLException {
        database = TestDatabases.fresh("agreements_migration_test");
        flyway("3").migrate();
        try (Connection c = connect()) {
            agreement(c, IN_CENTRAL_REVIEW, "CENTRAL_REVIEW", false);
            history(c, IN_CENTRAL_REVIEW, CREATED, "CREATED");
            history(c, IN_CENTRAL_REVIEW, SUBMITTED, "TRANSITION:SUBMIT_TO_CENTRAL");
            history(c, IN_CENTRAL_REVIEW, EDITED, "UPDATED");
            agreement(c, LEGACY_ACTIVE, "ACTIVE", true);
            history(c, LEGACY_ACTIVE, CREATED, "REGISTERED_LEGACY");
            agreement(c, LEGACY_DPRD_APPROVED, "DPRD_APPROVED", true);
            history(c, LEGACY_DPRD_APPROVED, CREATED, "REGISTERED_LEGACY");
            historyBefore = rows(c, "select id, agreement_id, at, actor, action, before::text, after::text, note from agreement_history order by id");
        }
        flyway(null).migrate();
    }

    @Test
    void statesAndTheWholeHistoryAreKeptAndEachAgreementSaysHowItsStateReadsNow() throws SQLException {
        try (Connection c = connect()) {
            assertEquals(List.of("ACTIVE", "CENTRAL_REVIEW", "DPRD_APPROVED"),
                    rows(c, "select state from agreement order by state"));
            List<String> after = rows(c, "select id, agreement_id, at, actor, action, before::text, after::text, note from agreement_history order by id");
            assertEquals(historyBefore, after.subList(0, historyBefore.size()));
            assertEquals(historyBefore.size() + 3, after.size());
            List<String> notes = rows(c, "select note from agreement_history where action = 'MIGRATED:ELEVEN_STAGES' and agreement_id = '"
                    + IN_CENTRAL_REVIEW + "'");
            assertEquals(1, notes.size());
            assertTrue(notes.get(0).contains("stage 6, verifikasi"), notes.get(0));
        }
    }

    @Test
    void theDeadlineClockStartsAtTheLastStateChange() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select state_since from agreement where id = '" + IN_CENTRAL_REVIEW + "'")) {
            r.next();
            assertEquals(SUBMITTED, r.getTimestamp(1).toInstant());
        }
    }

    @Test
    void aLegacyRegistrationThatDeclaredAMinistryDecisionBecomesUnconfirmedAndIsAnnounced() throws SQLException {
        try (Connection c = connect()) {
            assertEquals(List.of(LEGACY_ACTIVE + "|UNCONFIRMED|1"), rows(c,
                    "select id || '|' || legacy_review || '|' || version from agreement where legacy_review is not null"));
            assertEquals(List.of(LEGACY_ACTIVE + "|MIGRATED:ELEVEN_STAGES|ACTIVE|1"), rows(c,
                    "select agreement_id || '|' || type || '|' || state || '|' || version from agreement_change"));
            assertNull(rows(c, "select legacy_review from agreement where id = '" + LEGACY_DPRD_APPROVED + "'").get(0));
        }
    }

    private static Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(database.jdbcUrl(), database.user(), database.password())
                .locations("classpath:db/migration");
        return (target == null ? configuration : configuration.target(target)).load();
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }

    private static void agreement(Connection c, UUID id, String state, boolean legacy) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                insert into agreement (id, reference, title, form, type, state, region_id, region_code, region_name,
                                       province_code, foreign_party_name, partner_country, legacy, created_by, created_at)
                values (?, ?, 'Migration case', 'KSDPL', 'SISTER_CITY', ?, ?, '36.73', 'Kota Serang', '36', 'Hangzhou', 'CN', ?,
                        'officer', ?)""")) {
            s.setObject(1, id);
            s.setString(2, "KSD/" + id);
            s.setString(3, state);
            s.setObject(4, UUID.randomUUID());
            s.setBoolean(5, legacy);
            s.setTimestamp(6, Timestamp.from(CREATED));
            s.executeUpdate();
        }
    }

    private static void history(Connection c, UUID agreement, Instant at, String action) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                insert into agreement_history (agreement_id, at, actor, action, after, note)
                values (?, ?, 'officer', ?, cast(? as jsonb), ?)""")) {
            s.setObject(1, agreement);
            s.setTimestamp(2, Timestamp.from(at));
            s.setString(3, action);
            s.setString(4, "{\"state\": \"recorded\"}");
            s.setString(5, "recorded " + at);
            s.executeUpdate();
        }
    }

    private static List<String> rows(Connection c, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(r.getString(i));
                }
                rows.add(columns == 1 ? r.getString(1) : row.toString());
            }
        }
        return rows;
    }
}
