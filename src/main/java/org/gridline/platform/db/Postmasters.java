package org.gridline.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The postmaster as an operating-system process: which one owns a data folder ({@code postmaster.pid}), whether it
 * still runs, and stopping one that a JVM killed with {@code kill -9} left behind. A live JVM owning the cluster holds
 * zonky's lock file {@code epg-lock}, so taking that lock proves the postmaster (if any) is an orphan.
 */
final class Postmasters {
    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class.getName());
    private static final String LOCK_FILE = "epg-lock";
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

    private Postmasters() {
    }

    /** Stops a postmaster left behind by a JVM that died without stopping it; refuses while another JVM owns it. */
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

    /** A process that exited but was not yet reaped (a zombie) counts as dead. */
    static boolean alive(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        Path stat = Path.of("/proc", Long.toString(process.pid()), "stat");
        try {
            String line = Files.readString(stat);
            return line.charAt(line.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException | RuntimeException e) {
            return process.isAlive();
        }
    }

    /** Releases zonky's lock on the data folder; its {@code pg_ctl stop} of a dead server fails, which is expected. */
    static void closeQuietly(EmbeddedPostgres dead) {
        Logger zonky = Logger.getLogger(EmbeddedPostgres.class.getName());
        Level level = zonky.getLevel();
        zonky.setLevel(Level.OFF);
        try {
            dead.close();
        } catch (IOException | RuntimeException ignored) {
            // the lock is released before close() can fail
        } finally {
            zonky.setLevel(level);
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
