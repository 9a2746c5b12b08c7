package org.gridline.platform.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The embedded database without Quarkus: durability settings, restarts, and recovery after the owner is killed. */
class EmbeddedPostgresServerTest {

    @TempDir
    Path dir;

    @Test
    void durableServerHasFsyncAndSynchronousCommitOnAndKeepsDataAcrossRestart() throws Exception {
        Path data = dir.resolve("pg");
        EmbeddedPostgresServer first = EmbeddedPostgresServer.start(data, true);
        try (Connection c = connect(first)) {
            assertEquals("on", show(c, "fsync"));
            assertEquals("on", show(c, "synchronous_commit"));
            assertEquals("on", show(c, "full_page_writes"));
            c.createStatement().execute("CREATE TABLE kept (v TEXT); INSERT INTO kept VALUES ('still here')");
        } finally {
            first.stop();
        }
        assertFalse(Files.exists(data.resolve("postmaster.pid")), "a clean stop removes postmaster.pid");

        EmbeddedPostgresServer second = EmbeddedPostgresServer.start(data, true);
        try (Connection c = connect(second)) {
            assertEquals(List.of("still here"), column(c, "SELECT v FROM kept"));
        } finally {
            second.stop();
        }
    }

    @Test
    void throwawayServerTurnsDurabilityOff() throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir.resolve("pg"), false);
        try (Connection c = connect(server)) {
            assertEquals("off", show(c, "fsync"));
        } finally {
            server.stop();
        }
    }

    @Test
    void startAfterKillNineStopsTheOrphanAndKeepsTheData() throws Exception {
        Path data = dir.resolve("pg");
        Process owner = startOwner(data, "before-crash");
        try {
            owner.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs
            long orphanPid = EmbeddedPostgresServer.postmasterOf(data).orElseThrow(
                    () -> new AssertionError("the postmaster should survive its JVM")).pid();

            EmbeddedPostgresServer recovered = EmbeddedPostgresServer.start(data, true);
            try (Connection c = connect(recovered)) {
                assertEquals(List.of("before-crash"), column(c, "SELECT v FROM marker"));
                assertFalse(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false));
            } finally {
                recovered.stop();
            }
        } finally {
            owner.destroyForcibly();
        }
    }

    @Test
    void refusesToTouchADatabaseThatALiveProcessOwns() throws Exception {
        Path data = dir.resolve("pg");
        Process owner = startOwner(data, "owned");
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> EmbeddedPostgresServer.start(data, true));
            assertTrue(e.getMessage().contains("in use by another running gridline"), e.getMessage());
            assertTrue(EmbeddedPostgresServer.postmasterOf(data).isPresent(), "the owner's server is untouched");
        } finally {
            owner.destroy(); // SIGTERM: the owner's JVM exits; its server becomes an orphan
            owner.waitFor(30, TimeUnit.SECONDS);
            EmbeddedPostgresServer.stopOrphan(data);
        }
    }

    private static Process startOwner(Path data, String marker) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                OrphanHolder.class.getName(), data.toString(), marker)
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream()));
        List<String> seen = new ArrayList<>();
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("READY ")) {
                return p;
            }
            seen.add(line);
        }
        throw new AssertionError("owner JVM exited before it was ready: " + seen);
    }

    private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), "postgres", server.password());
    }

    private static String show(Connection c, String setting) throws SQLException {
        return column(c, "SHOW " + setting).get(0);
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (var rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
