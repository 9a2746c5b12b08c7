package org.gridline.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The zero-setup PostgreSQL: one server per JVM, its data under {@code <data-dir>/pg}, durable unless told otherwise.
 * <p>
 * Plain Java (no CDI): it must run before Quarkus has a datasource, from {@link EmbeddedPostgresConfigSource}.
 * zonky's defaults are for tests ({@code -F} = fsync off, {@code synchronous_commit=off}); here both are turned back on
 * because this database holds real reports and points. The parts: {@link EmbeddedCluster} creates and secures the
 * cluster on disk, {@link Postmasters} finds and stops an orphan left by a {@code kill -9} of the JVM, and
 * {@link PostgresSupervisor} starts the postmaster again when it dies.
 */
public final class EmbeddedPostgresServer {
    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class.getName());

    private final Path dataDirectory;
    private final String password;
    private final PostgresSupervisor supervisor;

    private EmbeddedPostgresServer(Path dataDirectory, String password, PostgresSupervisor supervisor) {
        this.dataDirectory = dataDirectory;
        this.password = password;
        this.supervisor = supervisor;
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
            boolean fresh = EmbeddedCluster.isNew(dataDirectory);
            String password = fresh ? EmbeddedCredentials.generate() : EmbeddedCluster.secure(dataDirectory);
            EmbeddedPostgres pg = fresh ? EmbeddedCluster.initialise(dataDirectory, durable, password)
                    : EmbeddedCluster.launch(dataDirectory, durable, password, 0).start();
            LOG.info(() -> String.format("Embedded PostgreSQL ready on port %d with data in %s (%s, %d ms)",
                    pg.getPort(), dataDirectory, durable ? "durable" : "NOT durable",
                    Duration.ofNanos(System.nanoTime() - started).toMillis()));
            PostgresSupervisor supervisor = new PostgresSupervisor(pg, dataDirectory, durable, password);
            supervisor.start();
            return new EmbeddedPostgresServer(dataDirectory, password, supervisor);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public int port() {
        return supervisor.port();
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

    /** Stops the server (fast shutdown: open sessions are ended, committed data is kept); supervision ends first. */
    public void stop() {
        supervisor.stop();
    }

    /** See {@link Postmasters#stopOrphan(Path)}. */
    static void stopOrphan(Path dataDirectory) throws IOException {
        Postmasters.stopOrphan(dataDirectory);
    }

    /** The live postmaster named in {@code postmaster.pid}, if the file exists and the process still runs. */
    static Optional<ProcessHandle> postmasterOf(Path dataDirectory) throws IOException {
        return Postmasters.postmasterOf(dataDirectory);
    }
}
