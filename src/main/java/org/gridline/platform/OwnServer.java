package org.gridline.platform;

import io.quarkus.runtime.LaunchMode;
import org.eclipse.microprofile.config.ConfigProvider;

/** This server's own HTTP port, for the few places that call it over loopback (the simulator). */
public final class OwnServer {
    private OwnServer() {
    }

    /** The port actually listened on (tests run on a random one, published as {@code quarkus.http.test-port}). */
    public static int port() {
        String key = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
        return ConfigProvider.getConfig().getOptionalValue(key, Integer.class).orElse(8080);
    }
}
