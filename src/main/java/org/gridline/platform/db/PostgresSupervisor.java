package org.gridline.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Watches the postmaster and starts it again when it dies ({@code kill -9}, the OOM killer): this process owns it, so
 * nobody else would. Retries on the same port and data with a growing pause until it is back or {@link #stop()} is
 * called; {@code stop()} ends supervision first, so a deliberate stop is never taken for a crash.
 */
final class PostgresSupervisor {
    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class.getName());
    private static final Duration SUPERVISE_PERIOD = Duration.ofMillis(250);
    private static final Duration FIRST_RESTART_PAUSE = Duration.ofMillis(200);
    private static final Duration MAX_RESTART_PAUSE = Duration.ofSeconds(5);

    private final Path dataDirectory;
    private final boolean durable;
    private final String password;
    private final int port;
    private final Thread thread;
    private volatile EmbeddedPostgres postgres;
    private volatile boolean stopping;

    PostgresSupervisor(EmbeddedPostgres running, Path dataDirectory, boolean durable, String password) {
        this.postgres = running;
        this.dataDirectory = dataDirectory;
        this.durable = durable;
        this.password = password;
        this.port = running.getPort();
        this.thread = new Thread(this::supervise, "embedded-postgres-supervisor");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    int port() {
        return port;
    }

    /** Ends supervision, then stops the server (fast shutdown: open sessions are ended, committed data is kept). */
    void stop() {
        stopping = true;
        thread.interrupt();
        synchronized (this) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void supervise() {
        while (!stopping) {
            try {
                Optional<ProcessHandle> postmaster = Postmasters.postmasterOf(dataDirectory);
                while (!stopping && postmaster.isPresent() && Postmasters.alive(postmaster.get())) {
                    Thread.sleep(SUPERVISE_PERIOD.toMillis());
                }
                if (stopping) {
                    return;
                }
                LOG.warning(() -> "Embedded PostgreSQL " + postmaster.map(p -> "(pid " + p.pid() + ") ").orElse("")
                        + "stopped unexpectedly; starting it again on port " + port);
                restart();
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                LOG.warning(() -> "Embedded PostgreSQL supervision: " + e);
            }
        }
    }

    private void restart() throws InterruptedException {
        long began = System.nanoTime();
        Duration pause = FIRST_RESTART_PAUSE;
        for (int attempt = 1; !stopping; attempt++) {
            if (tryRestart(attempt, began)) {
                return;
            }
            Thread.sleep(pause.toMillis());
            pause = pause.multipliedBy(2).compareTo(MAX_RESTART_PAUSE) > 0 ? MAX_RESTART_PAUSE : pause.multipliedBy(2);
        }
    }

    /** One attempt; true when the server is back or supervision is over. */
    private synchronized boolean tryRestart(int attempt, long began) {
        if (stopping) {
            return true;
        }
        Postmasters.closeQuietly(postgres);
        try {
            postgres = EmbeddedCluster.launch(dataDirectory, durable, password, port).start();
            long ms = Duration.ofNanos(System.nanoTime() - began).toMillis();
            LOG.info(() -> "Embedded PostgreSQL is back on port " + port + " after " + ms + " ms");
            return true;
        } catch (IOException | RuntimeException e) {
            // backends of the dead postmaster may still hold its shared memory for a moment
            LOG.fine(() -> "Embedded PostgreSQL restart attempt " + attempt + " failed: " + e);
            if (attempt % 10 == 0) {
                LOG.warning(() -> "Embedded PostgreSQL still not started after " + attempt + " attempts: "
                        + e.getMessage());
            }
            return false;
        }
    }
}
