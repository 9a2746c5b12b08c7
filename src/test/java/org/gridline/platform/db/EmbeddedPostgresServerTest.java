package org.gridline.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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

    @Test
    void newClusterAsksForTheGeneratedPasswordAndListensOnLoopbackOnly() throws Exception {
        Path data = dir.resolve("pg");
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, false);
        try {
            assertRefusedWithout(server);
            try (Connection c = connect(server)) {
                assertEquals("localhost", show(c, "listen_addresses"));
                assertEquals("scram-sha-256", show(c, "password_encryption"));
                assertTrue(column(c, "SELECT rolpassword FROM pg_authid WHERE rolname = 'postgres'").get(0)
                        .startsWith("SCRAM-SHA-256$"), "the role's password is stored as a SCRAM verifier");
            }
            assertHbaAsksForPasswords(data);
            Path file = data.resolve(EmbeddedCredentials.PASSWORD_FILE);
            assertEquals(server.password(), Files.readString(file).trim());
            assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
            assertTrue(server.password().length() >= 40, "a long random password");
            assertFalse(Files.exists(dir.resolve("pg.initdb-password")), "initdb's copy is gone");
        } finally {
            server.stop();
        }
    }

    @Test
    void clusterThatTrustedLocalConnectionsIsMigratedAndKeepsItsData() throws Exception {
        Path data = dir.resolve("pg");
        // what every earlier gridline created: zonky's initdb -A trust, no password
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start();
             Connection c = old.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("CREATE TABLE kept (v TEXT); INSERT INTO kept VALUES ('from the trust days')");
        }
        assertTrue(Files.readString(data.resolve("pg_hba.conf")).lines().anyMatch(l -> l.trim().endsWith("trust")));

        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, false);
        try {
            assertRefusedWithout(server);
            try (Connection c = connect(server)) {
                assertEquals(List.of("from the trust days"), column(c, "SELECT v FROM kept"));
            }
            assertHbaAsksForPasswords(data);
            assertEquals(PosixFilePermissions.fromString("rw-------"),
                    Files.getPosixFilePermissions(data.resolve(EmbeddedCredentials.PASSWORD_FILE)));
        } finally {
            server.stop();
        }
        EmbeddedPostgresServer again = EmbeddedPostgresServer.start(data, false);
        try (Connection c = connect(again)) {
            assertEquals(server.password(), again.password(), "the same password at the next start");
            assertEquals(List.of("from the trust days"), column(c, "SELECT v FROM kept"));
        } finally {
            again.stop();
        }
    }

    @Test
    void scramVerifierIsWhatPostgresqlComputes() {
        // RFC 7677's example password and salt; the keys were computed independently (Python's hashlib.pbkdf2_hmac)
        byte[] salt = java.util.Base64.getDecoder().decode("W22ZaJ0SNY7soEsUEjb6gQ==");
        String verifier = EmbeddedCredentials.scramVerifier("pencil", salt);
        assertEquals("SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:"
                + "wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU=", verifier);
    }

    @Test
    void aKilledPostmasterIsStartedAgainOnTheSamePortWithItsData() throws Exception {
        Path data = dir.resolve("pg");
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, true);
        try {
            try (Connection c = connect(server)) {
                c.createStatement().execute("CREATE TABLE kept (v TEXT); INSERT INTO kept VALUES ('before the kill')");
            }
            ProcessHandle postmaster = EmbeddedPostgresServer.postmasterOf(data).orElseThrow();
            postmaster.destroyForcibly();
            postmaster.onExit().get(10, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                try (Connection c = connect(server)) {
                    assertEquals(List.of("before the kill"), column(c, "SELECT v FROM kept"));
                    break;
                } catch (SQLException notYet) {
                    assertTrue(System.nanoTime() < deadline, "not back within 60 s: " + notYet);
                    Thread.sleep(200);
                }
            }
            assertNotEquals(postmaster.pid(), EmbeddedPostgresServer.postmasterOf(data).orElseThrow().pid());
        } finally {
            server.stop();
        }
        assertFalse(Files.exists(data.resolve("postmaster.pid")), "stop() stops it for good; nothing restarts it");
    }

    private static void assertRefusedWithout(EmbeddedPostgresServer server) {
        assertThrows(SQLException.class, () -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "").close());
        assertThrows(SQLException.class,
                () -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "postgres").close());
    }

    private static void assertHbaAsksForPasswords(Path data) throws Exception {
        List<String> rules = Files.readAllLines(data.resolve("pg_hba.conf")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertFalse(rules.isEmpty());
        assertTrue(rules.stream().allMatch(l -> l.trim().endsWith("scram-sha-256")), rules.toString());
        assertTrue(rules.stream().filter(l -> l.startsWith("host"))
                .allMatch(l -> l.contains("127.0.0.1/32") || l.contains("::1/128")), rules.toString());
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
