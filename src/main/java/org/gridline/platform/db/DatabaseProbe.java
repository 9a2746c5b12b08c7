package org.gridline.platform.db;

import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Asks the database {@code SELECT 1} with a bound ({@code gridline.database.health-timeout}): for readiness, and
 * every {@code probe-interval} on its own so that an outage is noticed, summarised and its end logged even when
 * nothing else runs, and liveness can tell how long it has lasted.
 * <p>
 * On the raw Vert.x pool, not through {@link Sql}, on purpose: readiness must say whether the <em>database</em>
 * answers, so it asks the pool every statement goes through and nothing more. A Hibernate session would put the
 * session factory, its session opening and closing and its context handling between the probe and the database: a
 * fault there would read as a database outage (and a database outage could hide behind it), and the outage log and
 * the liveness verdict built on this probe would then describe Hibernate rather than PostgreSQL.
 */
@ApplicationScoped
@Startup
public class DatabaseProbe {
    private final Pool pool;
    private final DatabaseConfig config;
    /** Real time, not the service's (controllable) clock: the log filter counts on the same one. */
    private final Clock clock = Clock.systemUTC();
    private final DatabaseOutage outage = DatabaseOutage.jvm();

    public DatabaseProbe(Pool pool, DatabaseConfig config,
                         @ConfigProperty(name = "quarkus.datasource.reactive.url") Optional<String> url) {
        this.pool = pool;
        this.config = config;
        DatabaseFailures.databaseAt(url.orElse(""));
        outage.summaryEvery(config.outageSummaryInterval());
    }

    /** Empty when the database answered in time; otherwise why not. */
    public Uni<Optional<String>> check() {
        Duration timeout = config.healthTimeout();
        return pool.query("SELECT 1").execute()
                .ifNoItem().after(timeout).failWith(() -> new DatabaseUnavailableException(
                        "no answer within " + timeout.toMillis() + " ms"))
                .map(rows -> {
                    outage.answered(clock.instant()).ifPresent(DatabaseOutage.Line::log);
                    return Optional.<String>empty();
                })
                .onFailure().recoverWithItem(failure -> {
                    String reason = DatabaseFailures.unavailable(failure).orElse(failure.toString());
                    outage.failed(DatabaseProbe.class.getName(), reason, clock.instant())
                            .ifPresent(DatabaseOutage.Line::log);
                    return Optional.of(reason);
                });
    }

    /** How long the database has been unavailable; empty while it answers. */
    public Optional<Duration> unavailableFor() {
        return outage.unavailableFor(clock.instant());
    }

    @Scheduled(every = "${gridline.database.probe-interval}", delayed = "${gridline.database.probe-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> probe() {
        return check().invoke(failure -> outage.summaryDue(clock.instant()).ifPresent(DatabaseOutage.Line::log))
                .replaceWithVoid();
    }
}
