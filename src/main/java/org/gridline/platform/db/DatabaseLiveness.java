package org.gridline.platform.db;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import java.time.Duration;

/**
 * Not alive once the database has been unavailable longer than {@code gridline.database.unavailable-liveness-after}:
 * the embedded one is restarted by its supervisor within seconds, so this catches an external database (or an
 * embedded one that cannot start again) and lets the orchestrator restart the instance instead of waiting forever.
 */
@Liveness
@ApplicationScoped
public class DatabaseLiveness implements HealthCheck {
    private final DatabaseProbe probe;
    private final DatabaseConfig config;

    public DatabaseLiveness(DatabaseProbe probe, DatabaseConfig config) {
        this.probe = probe;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        Duration limit = config.unavailableLivenessAfter();
        return probe.unavailableFor()
                .filter(down -> !limit.isZero() && down.compareTo(limit) >= 0)
                .map(down -> HealthCheckResponse.named("database").down()
                        .withData("unavailable-for", down.toSeconds() + " s")
                        .withData("limit", limit.toSeconds() + " s").build())
                .orElseGet(() -> HealthCheckResponse.named("database").up().build());
    }
}
