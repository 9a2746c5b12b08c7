package org.gridline.platform.db;

import org.gridline.testing.PackagedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What a restart of the packaged server does before it is ready (issue 13, item 14): the embedded PostgreSQL starts
 * on a thread of its own while Quarkus builds the rest; Flyway migrates a new database, is skipped on a restart with
 * nothing pending, and still refuses an applied migration whose file no longer matches.
 */
class RestartCostIT {
    private static final Map<String, String> FLYWAY_LOG = Map.of("QUARKUS_LOG_CATEGORY__ORG_FLYWAYDB__LEVEL", "INFO");

    @TempDir
    Path workDir;

    @Test
    void flywayRunsOnANewDatabaseIsSkippedOnARestartAndStillRefusesAnEditedMigration() throws Exception {
        long applied;
        try (PackagedServer first = PackagedServer.start(workDir, FLYWAY_LOG)) {
            System.out.printf("packaged start, new embedded database: %d ms%n", first.startMillis());
            assertTrue(first.log().contains("Successfully applied"),
                    "Flyway migrated the new database\n" + first.log());
            assertTrue(first.log().contains("(embedded-postgres-start) Embedded PostgreSQL ready"),
                    "the database started beside the main thread\n" + first.log());
            applied = first.number("SELECT count(*) FROM flyway_schema_history");
        }
        try (PackagedServer second = PackagedServer.start(workDir, FLYWAY_LOG)) {
            System.out.printf("packaged start, existing embedded database: %d ms%n", second.startMillis());
            assertTrue(second.log().contains("Flyway skipped at start"), second.log());
            assertFalse(second.log().contains("org.flywaydb"), "Flyway did not run at all\n" + second.log());
            assertEquals(applied, second.number("SELECT count(*) FROM flyway_schema_history"));
            try (var c = second.database()) {
                c.createStatement().execute(
                        "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'");
            }
        }
        AssertionError refused = assertThrows(AssertionError.class, () -> PackagedServer.start(workDir, FLYWAY_LOG));
        assertTrue(refused.getMessage().toLowerCase().contains("checksum mismatch"), refused.getMessage());
    }
}
