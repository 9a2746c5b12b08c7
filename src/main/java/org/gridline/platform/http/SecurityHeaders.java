package org.gridline.platform.http;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers every answer of the public port carries unless the answer set its own: no MIME sniffing, no framing,
 * no referrer, a Content-Security-Policy that allows nothing (pages that run scripts, like the simulator's, declare
 * their own), and no caching of JSON answers, which hold personal data.
 */
public final class SecurityHeaders {
    /** The policy of an answer that declares none: it may load nothing and be framed by nobody. */
    public static final String DEFAULT_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    /** The headers to add to an answer with these headers (the ones it set itself are kept). */
    static Map<String, String> missing(MultiMap headers) {
        Map<String, String> add = new LinkedHashMap<>();
        add.put("X-Content-Type-Options", "nosniff");
        add.put("X-Frame-Options", "DENY");
        add.put("Referrer-Policy", "no-referrer");
        add.put("Content-Security-Policy", DEFAULT_POLICY);
        String type = headers.get("Content-Type");
        if (type != null && type.contains("json")) {
            add.put("Cache-Control", "no-store");
        }
        add.keySet().removeIf(headers::contains);
        return add;
    }

    /** Adds them when the answer's headers are written. */
    static void apply(RoutingContext rc) {
        rc.addHeadersEndHandler(v -> missing(rc.response().headers()).forEach(rc.response()::putHeader));
        rc.next();
    }
}
