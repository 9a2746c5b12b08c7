package org.gridline.simulator;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.List;
import java.util.Map;

/**
 * Keeps the simulator on this machine: without an app secret, anyone who reaches the port could push as any user,
 * read every user's messages and fail every delivery, so the server (and its management interface) listens on
 * 127.0.0.1 unless the operator chose a host ({@code QUARKUS_HTTP_HOST}, which {@link SimulatorExposure} then warns
 * about). With an app secret it contributes nothing, and Quarkus's default (every interface) applies.
 * <p>
 * Only at run time: what a source gives during the build is recorded in the application as a default, and the build
 * cannot know whether the operator will set an app secret.
 */
public class SimulatorHostConfigSource implements ConfigSourceFactory {
    static final String APP_SECRET = "gridline.wechat.app-secret";
    static final String HTTP_HOST = "quarkus.http.host";
    static final String MANAGEMENT_HOST = "quarkus.management.host";
    /** Below application.properties (250), config/ (260) and the environment (300): any host the operator sets wins. */
    private static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ExecutionMode mode = ExecutionMode.current();
        if (mode != ExecutionMode.RUNTIME_INIT && mode != ExecutionMode.RUNNING) {
            return List.of();
        }
        ConfigValue secret = context.getValue(APP_SECRET);
        if (secret != null && secret.getValue() != null && !secret.getValue().isBlank()) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(Map.of(
                HTTP_HOST, "127.0.0.1",
                // the management interface follows the main one, unless set on its own
                MANAGEMENT_HOST, "${" + HTTP_HOST + "}"), "gridline-simulator-host", ORDINAL));
    }
}
