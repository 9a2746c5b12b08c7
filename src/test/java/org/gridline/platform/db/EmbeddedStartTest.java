package org.gridline.platform.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The embedded server begun in the background at static init and awaited at runtime init. */
class EmbeddedStartTest {
    @TempDir
    Path dir;

    @Test
    void beginReturnsAtOnceAndTheStartGoesOnBesideTheCaller() {
        Path data = dir.resolve("pg");
        EmbeddedStart.begin(new EmbeddedStart.Settings(data, false));
        assertFalse(Files.exists(data.resolve("postmaster.pid")), "initdb and the postmaster are still under way");
        EmbeddedStart.Started started = EmbeddedStart.await(new EmbeddedStart.Settings(data, false));
        try {
            assertTrue(Files.exists(data.resolve("postmaster.pid")));
            assertEquals(data, started.server().dataDirectory());
            assertFalse(started.schemaUpToDate(), "a new database has migrations pending");
        } finally {
            started.server().stop();
        }
    }

    @Test
    void otherSettingsAtRuntimeStopTheEarlyServerAndStartTheWantedOne() throws Exception {
        Path early = dir.resolve("early");
        Path wanted = dir.resolve("wanted");
        EmbeddedStart.begin(new EmbeddedStart.Settings(early, false));
        EmbeddedStart.Started started = EmbeddedStart.await(new EmbeddedStart.Settings(wanted, false));
        try {
            assertEquals(wanted, started.server().dataDirectory());
            assertTrue(EmbeddedPostgresServer.postmasterOf(early).isEmpty(), "the early server is stopped");
        } finally {
            started.server().stop();
        }
    }

    @Test
    void aConfiguredDatasourceStopsTheEarlyServer() throws Exception {
        Path early = dir.resolve("early");
        EmbeddedStart.begin(new EmbeddedStart.Settings(early, false));
        EmbeddedStart.cancel();
        assertTrue(EmbeddedPostgresServer.postmasterOf(early).isEmpty());
    }
}
