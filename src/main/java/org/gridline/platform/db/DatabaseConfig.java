package org.gridline.platform.db;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long gridline waits for its database, and what it reports when the database is gone. */
@ConfigMapping(prefix = "gridline.database")
public interface DatabaseConfig {

    /** Establishing a new connection (TCP and login) gives up after this long. */
    @WithDefault("5s")
    Duration connectTimeout();

    /**
     * A statement running longer is cancelled by PostgreSQL ({@code statement_timeout} of every reactive connection).
     */
    @WithDefault("15s")
    Duration statementTimeout();

    /** A connection on which the database sends nothing for this long is closed and its operation fails (503). */
    @WithDefault("20s")
    Duration responseTimeout();

    /** A request (outside /q/) not answered in this long gets 503: the safety net when its database work hangs. */
    @WithDefault("25s")
    Duration requestTimeout();

    /** Readiness answers DOWN when the database has not answered {@code SELECT 1} within this time. */
    @WithDefault("2s")
    Duration healthTimeout();

    /** How often the database is probed (for liveness, the outage summary and the end of an outage). */
    @WithDefault("5s")
    Duration probeInterval();

    /**
     * Liveness answers DOWN once the database has been unavailable this long, so the orchestrator restarts us; 0 =
     * never.
     */
    @WithDefault("2m")
    Duration unavailableLivenessAfter();

    /** During an outage, one summary line (duration, failed operations) this often instead of a line per failure. */
    @WithDefault("30s")
    Duration outageSummaryInterval();
}
