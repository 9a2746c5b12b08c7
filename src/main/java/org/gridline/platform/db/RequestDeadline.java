package org.gridline.platform.db;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Instant;

/**
 * No request hangs for ever: one that has not answered within {@code gridline.database.request-timeout} is answered
 * 503 {@code database-unavailable} (problem+json, {@code Retry-After}). In practice only a frozen database holds a
 * request that long; the pool's own timeouts normally answer first. The health endpoints ({@code /q/}) have their own
 * bounds.
 */
@ApplicationScoped
public class RequestDeadline {
    static final String BODY = "{\"status\":503,\"code\":\"database-unavailable\","
            + "\"message\":\"The database is not answering; try again in a few seconds\"}";

    void register(@Observes Filters filters, DatabaseConfig config) {
        long millis = config.requestTimeout().toMillis();
        filters.register(rc -> {
            if (rc.normalizedPath().startsWith("/q/")) {
                rc.next();
                return;
            }
            long timer = rc.vertx().setTimer(millis, id -> answer(rc));
            rc.addEndHandler(done -> rc.vertx().cancelTimer(timer));
            rc.next();
        }, 100);
    }

    private static void answer(RoutingContext rc) {
        if (rc.response().ended() || rc.response().headWritten()) {
            return;
        }
        DatabaseOutage.jvm().failed("requests", "no answer within the request timeout", Instant.now())
                .ifPresent(DatabaseOutage.Line::log);
        rc.response().setStatusCode(503).putHeader("Content-Type", "application/problem+json")
                .putHeader("Retry-After", "5").end(BODY);
    }
}
