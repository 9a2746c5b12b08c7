package org.gridline.platform.db;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * When Flyway's work at start may be skipped: only when the history holds exactly the shipped migrations with Flyway's
 * own checksums. Real Flyway migrates a throwaway embedded database; each test then changes the history and puts it
 * back.
 */
class MigrationCheckTest {
    @TempDir
    static Path dir;
    private static EmbeddedPostgresServer server;
    private static boolean upToDateBeforeFlyway;

    @BeforeAll
    static void start() {
        server = EmbeddedPostgresServer.start(dir.resolve("pg"), false);
        upToDateBeforeFlyway = upToDate();
        migrated();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void aNewDatabaseIsNotUpToDateAndOneFlywayMigratedIs() throws Exception {
        assertFalse(upToDateBeforeFlyway, "no history table yet: Flyway must run");
        assertTrue(upToDate());
        Set<ClasspathMigrations.Migration> recorded = new HashSet<>();
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT version, checksum FROM flyway_schema_history")) {
            while (rs.next()) {
                recorded.add(new ClasspathMigrations.Migration(rs.getString(1), rs.getInt(2)));
            }
        }
        assertEquals(recorded, new HashSet<>(ClasspathMigrations.of(getClass().getClassLoader()).orElseThrow()),
                "the checksums computed here are the ones Flyway recorded");
    }

    @Test
    void aPendingMigrationMeansFlywayRuns() throws Exception {
        migrated();
        String last = single("SELECT max(version::int)::text FROM flyway_schema_history");
        changeAndRestore("CREATE TABLE saved AS SELECT * FROM flyway_schema_history WHERE version = '" + last + "'; "
                        + "DELETE FROM flyway_schema_history WHERE version = '" + last + "'",
                "INSERT INTO flyway_schema_history SELECT * FROM saved; DROP TABLE saved");
    }

    @Test
    void anEditedMigrationMeansFlywayRunsAndValidates() throws Exception {
        migrated();
        changeAndRestore("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'",
                "UPDATE flyway_schema_history SET checksum = checksum - 1 WHERE version = '1'");
    }

    @Test
    void aFailedMigrationMeansFlywayRuns() throws Exception {
        migrated();
        changeAndRestore("UPDATE flyway_schema_history SET success = false WHERE version = '2'",
                "UPDATE flyway_schema_history SET success = true WHERE version = '2'");
    }

    @Test
    void aMigrationOfANewerApplicationMeansFlywayRuns() throws Exception {
        migrated();
        changeAndRestore("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                        + "checksum, installed_by, execution_time, success) VALUES (9999, '9999', 'later', 'SQL', "
                        + "'V9999__later.sql', 1, 'postgres', 1, true)",
                "DELETE FROM flyway_schema_history WHERE installed_rank = 9999");
    }

    @Test
    void aDatabaseThatCannotBeReachedMeansFlywayRuns() {
        assertFalse(MigrationCheck.upToDate("jdbc:postgresql://localhost:1/postgres", "postgres", "none"));
    }

    @Test
    void onlyTheSameSetCounts() {
        var a = new ClasspathMigrations.Migration("1", 10);
        var b = new ClasspathMigrations.Migration("2", 20);
        assertTrue(MigrationCheck.upToDate(List.of(a, b), java.util.Optional.of(List.of(b, a))));
        assertFalse(MigrationCheck.upToDate(List.of(a, b), java.util.Optional.of(List.of(a))), "2 is pending");
        assertFalse(MigrationCheck.upToDate(List.of(b), java.util.Optional.of(List.of(a, b))), "1 is not shipped");
        assertFalse(MigrationCheck.upToDate(List.of(a, b), java.util.Optional.of(List.of(a, a))));
        assertFalse(MigrationCheck.upToDate(List.of(a), java.util.Optional.empty()), "a row Flyway must look at");
    }

    private static void migrated() {
        Flyway.configure().dataSource(server.jdbcUrl(), "postgres", server.password()).load().migrate();
        assertTrue(upToDate());
    }

    private static void changeAndRestore(String change, String restore) throws Exception {
        execute(change);
        try {
            assertFalse(upToDate());
        } finally {
            execute(restore);
        }
        assertTrue(upToDate(), "restored");
    }

    private static boolean upToDate() {
        return MigrationCheck.upToDate(server.jdbcUrl(), "postgres", server.password());
    }

    private static void execute(String sql) throws Exception {
        try (Connection c = connect()) {
            c.createStatement().execute(sql);
        }
    }

    private static String single(String sql) throws Exception {
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(server.jdbcUrl(), "postgres", server.password());
    }
}
