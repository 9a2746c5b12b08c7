package org.gridline.platform;

import org.gridline.platform.db.EmbeddedPostgresServer;
import org.gridline.testing.PackagedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * README command 1 as an operator lives it: the packaged server on the embedded defaults survives SIGTERM, restarts
 * with its data, and recovers after {@code kill -9}; with datasource variables set it uses that server instead.
 */
class PackagedServerIT {
    // The external-database case also runs with the production JSON log format switched on.

    @TempDir
    Path workDir;

    @Test
    void embeddedDefaultsStopCleanlyRestartWithDataAndRecoverFromKillNine() throws Exception {
        long postmaster;
        try (PackagedServer first = PackagedServer.start(workDir, Map.of())) {
            System.out.printf("packaged start, new embedded database: %d ms%n", first.startMillis());
            assertTrue(Files.exists(workDir.resolve("data/pg/PG_VERSION")), "data under ./data/pg");
            execute(first, "CREATE TABLE operator_note (v TEXT); INSERT INTO operator_note VALUES ('kept')");
            postmaster = Long.parseLong(Files.readAllLines(workDir.resolve("data/pg/postmaster.pid")).get(0).trim());
            int exit = first.terminate();
            assertTrue(exit == 0 || exit == 143, "SIGTERM ends the JVM normally, got " + exit);
            assertTrue(first.log().contains("gridline stopped"), first.log());
            assertFalse(first.log().contains("ERROR"), first.log());
            assertFalse(first.log().contains("already registered"), "no duplicate-meter WARN at start\n" + first.log());
        }
        // pg_ctl stop -w returns when postmaster.pid is gone; the process itself exits a moment later
        ProcessHandle.of(postmaster)
                .ifPresent(p -> p.onExit().orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).join());
        assertFalse(Files.exists(workDir.resolve("data/pg/postmaster.pid")));

        try (PackagedServer second = PackagedServer.start(workDir, Map.of())) {
            System.out.printf("packaged start, existing embedded database: %d ms%n", second.startMillis());
            assertEquals(List.of("kept"), query(second, "SELECT v FROM operator_note"));
            execute(second, "INSERT INTO operator_note VALUES ('committed before the crash')");
            second.kill();
        }
        assertTrue(Files.exists(workDir.resolve("data/pg/postmaster.pid")), "kill -9 leaves the postmaster behind");

        try (PackagedServer third = PackagedServer.start(workDir, Map.of())) {
            assertTrue(third.log().contains("Stopping orphaned PostgreSQL"), third.log());
            assertEquals(List.of("kept", "committed before the crash"),
                    query(third, "SELECT v FROM operator_note ORDER BY v DESC"));
        }
    }

    @Test
    void externalDatabaseVariablesAreUsedAndNothingIsStarted() throws Exception {
        EmbeddedPostgresServer external = EmbeddedPostgresServer.start(workDir.resolve("external-pg"), false);
        try (Connection admin = DriverManager.getConnection(external.jdbcUrl(), "postgres", external.password())) {
            admin.createStatement().execute("CREATE USER gridline PASSWORD 'ext-secret'");
            admin.createStatement().execute("CREATE DATABASE gridline OWNER gridline");
        }
        Path appDir = workDir.resolve("app");
        Map<String, String> env = Map.of(
                "QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://localhost:" + external.port() + "/gridline",
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + external.port() + "/gridline",
                "QUARKUS_DATASOURCE_USERNAME", "gridline",
                "QUARKUS_DATASOURCE_PASSWORD", "ext-secret",
                "QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true");
        try (PackagedServer server = PackagedServer.start(appDir, env)) {
            assertFalse(server.log().contains("Embedded PostgreSQL"), server.log());
            assertFalse(Files.exists(appDir.resolve("data/pg")), "no embedded cluster was created");
            assertTrue(server.descendants().isEmpty(), "no child processes: " + server.descendants());
            assertFalse(server.log().contains("ext-secret"), "the password never reaches the log");
            assertTrue(server.log().lines().filter(l -> !l.isBlank())
                    .allMatch(l -> l.startsWith("{") && l.endsWith("}")),
                    "production log format: one JSON object per line\n" + server.log());
            try (Connection c = DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + external.port() + "/gridline", "gridline", "ext-secret")) {
                var rs = c.createStatement().executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success");
                rs.next();
                assertTrue(rs.getInt(1) >= 1, "the migrations ran in the external database");
            }
        } finally {
            external.stop();
        }
    }

    private static void execute(PackagedServer server, String sql) throws Exception {
        try (Connection c = connect(server)) {
            c.createStatement().execute(sql);
        }
    }

    private static List<String> query(PackagedServer server, String sql) throws Exception {
        try (Connection c = connect(server); var rs = c.createStatement().executeQuery(sql)) {
            List<String> values = new java.util.ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    private static Connection connect(PackagedServer server) throws Exception {
        return server.database();
    }
}
