package org.gridline.platform;

import io.quarkus.runtime.LaunchMode;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Set;

/** This server's own HTTP address, for the few places that call it over loopback (the simulator). */
public final class OwnServer {
    /** Hosts that mean "every interface" or loopback: this server is reached at 127.0.0.1 then. */
    private static final Set<String> LOOPBACK_REACHABLE = Set.of("0.0.0.0", "::", "[::]", "localhost", "127.0.0.1");

    private OwnServer() {
    }

    /** The port actually listened on (tests run on a random one, published as {@code quarkus.http.test-port}). */
    public static int port() {
        String key = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
        return ConfigProvider.getConfig().getOptionalValue(key, Integer.class).orElse(8080);
    }

    /** Where to reach this server: 127.0.0.1, unless it listens on one particular other address only. */
    public static String host() {
        return reachableAt(ConfigProvider.getConfig().getOptionalValue("quarkus.http.host", String.class).orElse(""));
    }

    static String reachableAt(String configuredHost) {
        return configuredHost.isBlank() || LOOPBACK_REACHABLE.contains(configuredHost) ? "127.0.0.1" : configuredHost;
    }
}
