package org.gridline.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The zero-setup PostgreSQL: one server per JVM, its data under {@code <data-dir>/pg}, durable unless told otherwise.
 * <p>
 * Plain Java (no CDI): it must run before Quarkus has a datasource, from {@link EmbeddedPostgresConfigSource}.
 * zonky's defaults are for tests ({@code -F} = fsync off, {@code synchronous_commit=off}); here both are turned back on
 * because this database holds real reports and points. After a {@code kill -9} of the JVM the postmaster survives as an
 * orphan holding {@code postmaster.pid}; {@link #stopOrphan(Path)} stops it first, which is safe only when no live JVM
 * holds zonky's {@code epg-lock}.
 */
public final class EmbeddedPostgresServer {
    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class.getName());
    private static final String LOCK_FILE = "epg-lock";
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** Starts a server on {@code dataDirectory}, creating the cluster when it is new and stopping an orphan first. */
    public static EmbeddedPostgresServer start(Path dataDirectory, boolean durable) {
        try {
            Files.createDirectories(dataDirectory);
            stopOrphan(dataDirectory);
            long started = System.nanoTime();
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "200")
                    .start();
            LOG.info(() -> String.format("Embedded PostgreSQL ready on port %d with data in %s (%s, %d ms)",
                    pg.getPort(), dataDirectory, durable ? "durable" : "NOT durable",
                    Duration.ofNanos(System.nanoTime() - started).toMillis()));
            return new EmbeddedPostgresServer(pg, dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/postgres";
    }

    public String reactiveUrl() {
        return "postgresql://localhost:" + port() + "/postgres";
    }

    /** Stops the server (fast shutdown: open sessions are ended, committed data is kept). */
    public void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stops a postmaster left behind by a JVM that died without stopping it. A live JVM owning the cluster holds the
     * lock file, so taking the lock proves the postmaster (if any) is an orphan.
     */
    static void stopOrphan(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> orphan = postmasterOf(dataDirectory);
        if (orphan.isEmpty()) {
            return;
        }
        try (RandomAccessFile file = new RandomAccessFile(dataDirectory.resolve(LOCK_FILE).toFile(), "rw");
             FileLock lock = file.getChannel().tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("The database in " + dataDirectory
                        + " is in use by another running gridline (lock " + LOCK_FILE + " is held)");
            }
            ProcessHandle postmaster = orphan.get();
            LOG.warning(() -> "Stopping orphaned PostgreSQL (pid " + postmaster.pid() + ") left by an earlier run in "
                    + dataDirectory);
            postmaster.destroy(); // SIGTERM: smart shutdown; the dead JVM's sessions are already gone
            if (!waitForExit(postmaster, ORPHAN_STOP_WAIT)) {
                LOG.warning("Orphaned PostgreSQL did not stop in time; killing it (WAL recovery runs at next start)");
                postmaster.destroyForcibly();
                waitForExit(postmaster, ORPHAN_STOP_WAIT);
            }
        }
    }

    /** The live postmaster named in {@code postmaster.pid}, if the file exists and the process still runs. */
    static Optional<ProcessHandle> postmasterOf(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.get(0).trim());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(true));
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
