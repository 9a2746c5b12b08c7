package org.gridline.platform.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Puts {@link SecurityHeaders} on every answer of the public port (the management port is for operators only). */
@ApplicationScoped
class SecurityHeadersFilter {
    /** Before every other filter, so that refusals (401, 404) carry the headers too. */
    private static final int FIRST = 10_000;

    void register(@Observes Filters filters) {
        filters.register(SecurityHeaders::apply, FIRST);
    }
}
