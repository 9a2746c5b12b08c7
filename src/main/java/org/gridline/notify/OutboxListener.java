package org.gridline.notify;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.gridline.platform.db.DatabaseConfig;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Wakes this instance's {@link DeliveryWorker} when a transaction that wrote to the outbox commits, on any instance:
 * the outbox's triggers (V64) send {@code NOTIFY gridline_outbox}, which PostgreSQL delivers at commit and never after
 * a rollback, and this bean LISTENs on a connection of its own ({@link ListenConnection}). When the connection is lost
 * it reconnects with backoff and wakes the worker once LISTEN is back, since what was committed meanwhile sent its
 * notification to nobody. The worker's periodic poll stays the safety net. Off with {@code gridline.delivery.listen}.
 */
@ApplicationScoped
public class OutboxListener {
    /** The channel of the outbox's triggers. */
    static final String CHANNEL = "gridline_outbox";
    /** How the connection shows in {@code pg_stat_activity}. */
    static final String APPLICATION_NAME = "gridline-outbox-listen";

    private final DeliveryWorker worker;
    private final DeliveryConfig delivery;
    private final DatabaseConfig database;
    private final Config config;
    private final Vertx vertx;
    private final AtomicLong notifications = new AtomicLong();
    private final AtomicLong listens = new AtomicLong();
    private ListenConnection connection;

    public OutboxListener(DeliveryWorker worker, DeliveryConfig delivery, DatabaseConfig database, Config config,
                          Vertx vertx) {
        this.worker = worker;
        this.delivery = delivery;
        this.database = database;
        this.config = config;
        this.vertx = vertx;
    }

    synchronized void onStart(@Observes StartupEvent start) {
        if (delivery.enabled() && delivery.listen() && connection == null) {
            connection = new ListenConnection(vertx, options(config, database), CHANNEL, this::listening,
                    this::notified);
            connection.open();
        }
    }

    /** With the delivery worker, before the HTTP drain and the pools. */
    void onStopping(@Observes ShutdownDelayInitiatedEvent stopping) {
        close();
    }

    void onStop(@Observes ShutdownEvent stop) {
        close();
    }

    private synchronized void close() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

    /** Notifications received so far (one per committing transaction that wrote to the outbox), for tests. */
    long notifications() {
        return notifications.get();
    }

    /** How often LISTEN has been put in place (the first time, then once per reconnect), for tests. */
    long listens() {
        return listens.get();
    }

    private void notified() {
        notifications.incrementAndGet();
        worker.wake();
    }

    private void listening() {
        listens.incrementAndGet();
        worker.wake();
    }

    /**
     * The reactive datasource's server and credentials (the operator's, or the embedded server's, whose URL and
     * password are made at start), with the pool's connect timeout. Not the pool's idle timeout or statement timeout:
     * this connection is idle by design, so it reads with a timeout and sends a heartbeat instead.
     */
    static PgConnectOptions options(Config config, DatabaseConfig database) {
        String url = config.getValue("quarkus.datasource.reactive.url", String.class).split(",")[0].trim();
        PgConnectOptions options = PgConnectOptions.fromUri(url.startsWith("vertx-reactive:")
                ? url.substring("vertx-reactive:".length()) : url);
        config.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(options::setUser);
        config.getOptionalValue("quarkus.datasource.password", String.class).ifPresent(options::setPassword);
        options.setConnectTimeout((int) database.connectTimeout().toMillis());
        options.setIdleTimeoutUnit(TimeUnit.MILLISECONDS);
        options.setReadIdleTimeout((int) database.responseTimeout().toMillis());
        options.setTcpKeepAlive(true);
        options.addProperty("application_name", APPLICATION_NAME);
        return options;
    }
}
