package org.gridline.platform.db;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Logger;

/**
 * The embedded server started in the background while the rest of Quarkus starts.
 * <p>
 * Quarkus builds its configuration twice at start: first for static init (then it spends seconds building Hibernate's
 * metamodel, the validator and the REST deployment), then for runtime init, which needs the datasource URL. The first
 * build only {@link #begin begins} the start (initdb for a new folder, the postmaster, and the check of the migration
 * history) on a thread of its own; the second {@link #await awaits} it. When the second finds other settings than the
 * first (an operator's file read only at runtime), the early server is stopped and the right one started.
 */
final class EmbeddedStart {
    private static final Logger LOG = Logger.getLogger(EmbeddedStart.class.getName());

    /** What decides which server to start. */
    record Settings(Path dataDirectory, boolean durable) {
    }

    /** A started server and whether its schema was found up to date right after it started. */
    record Started(EmbeddedPostgresServer server, boolean schemaUpToDate) {
    }

    private static Settings settings;
    private static CompletableFuture<Started> started;

    private EmbeddedStart() {
    }

    /** Starts the server for {@code wanted} on a background thread, unless one is already on its way. */
    static synchronized void begin(Settings wanted) {
        if (started != null) {
            return;
        }
        settings = wanted;
        started = new CompletableFuture<>();
        CompletableFuture<Started> result = started;
        Thread thread = new Thread(() -> run(wanted, result), "embedded-postgres-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** The server for {@code wanted}: the one begun earlier when its settings match, otherwise one started now. */
    static synchronized Started await(Settings wanted) {
        CompletableFuture<Started> early = started;
        Settings earlySettings = settings;
        started = null;
        settings = null;
        if (early != null && earlySettings.equals(wanted)) {
            return join(early);
        }
        if (early != null) {
            LOG.info(() -> "Embedded PostgreSQL begun with " + earlySettings + ", wanted " + wanted + ": restarting");
            stopQuietly(early);
        }
        return startNow(wanted);
    }

    /** The operator's database is used after all: a server begun at static init is stopped. */
    static synchronized void cancel() {
        if (started != null) {
            LOG.info("Embedded PostgreSQL begun at static init is not needed (a datasource is configured): "
                    + "stopping it");
            stopQuietly(started);
            started = null;
            settings = null;
        }
    }

    private static void run(Settings wanted, CompletableFuture<Started> result) {
        try {
            result.complete(startNow(wanted));
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
        }
    }

    private static Started startNow(Settings wanted) {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(wanted.dataDirectory(), wanted.durable());
        return new Started(server, MigrationCheck.upToDate(server.jdbcUrl(), "postgres", server.password()));
    }

    /** The early server holds its folder's lock: it must be gone before the wanted one starts. */
    private static void stopQuietly(CompletableFuture<Started> early) {
        try {
            join(early).server().stop();
        } catch (RuntimeException e) {
            LOG.fine(() -> "The early embedded PostgreSQL did not start: " + e);
        }
    }

    private static Started join(CompletableFuture<Started> early) {
        try {
            return early.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
