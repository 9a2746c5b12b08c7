package org.gridline.platform.db;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers, and the answer comes within the health timeout even when it does not. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements AsyncHealthCheck {
    private final DatabaseProbe probe;

    public DatabaseReadiness(DatabaseProbe probe) {
        this.probe = probe;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return probe.check().map(failure -> failure
                .map(reason -> HealthCheckResponse.named("database").down().withData("reason", reason).build())
                .orElseGet(() -> HealthCheckResponse.named("database").up().build()));
    }
}
