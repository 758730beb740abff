package id.jembatan.platform.problem;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures are a database outage (503, retry) rather than a defect (500). */
class DatabaseOutageTest {

    @Test
    void aCommitRefusedBecauseTheServerIsShuttingDownIsAnOutage() {
        // What Narayana reports when PostgreSQL is restarted under a commit: the driver's error is suppressed, not a cause.
        RuntimeException commit = new RuntimeException(new IllegalStateException("ARJUNA016053: Could not commit transaction."));
        commit.getCause().addSuppressed(new RuntimeException(
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")));
        assertTrue(ProblemMapper.databaseUnreachable(commit));
    }

    @Test
    void aLostConnectionIsAnOutage() {
        assertTrue(ProblemMapper.databaseUnreachable(new RuntimeException(new SQLException("connection refused", "08001"))));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertFalse(ProblemMapper.databaseUnreachable(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(ProblemMapper.databaseUnreachable(new IllegalStateException("no database involved")));
    }
}
