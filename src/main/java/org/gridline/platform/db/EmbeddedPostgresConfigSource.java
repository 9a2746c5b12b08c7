package org.gridline.platform.db;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Supplies the datasource URLs of the embedded PostgreSQL when the operator configured none.
 * <p>
 * SmallRye calls this factory whenever Quarkus builds its configuration: during the build (augmentation), at every
 * start, and at every restart of Quarkus inside one test JVM. It therefore starts a server only at runtime init and
 * only once per JVM. With {@code QUARKUS_DATASOURCE_REACTIVE_URL} or
 * {@code QUARKUS_DATASOURCE_JDBC_URL} set it contributes nothing and starts nothing.
 */
public class EmbeddedPostgresConfigSource implements ConfigSourceFactory {
    static final String REACTIVE_URL = "quarkus.datasource.reactive.url";
    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    /** Below application.properties (250) and the config/ folder (260), above nothing the operator sets. */
    private static final int ORDINAL = 200;

    /** JVM-wide markers; outside the {@code gridline.} root, which typed config validates strictly. */
    private static final String PORT_PROPERTY = "org.gridline.embedded-postgres.port";
    private static final String DIR_PROPERTY = "org.gridline.embedded-postgres.data-dir";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (isSet(context, REACTIVE_URL) || isSet(context, JDBC_URL) || !isRuntime()) {
            return List.of();
        }
        Endpoint pg = serverFor(context);
        return List.of(new PropertiesConfigSource(Map.of(
                REACTIVE_URL, pg.reactiveUrl(),
                JDBC_URL, pg.jdbcUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", pg.password(),
                "gridline.embedded-database.active", "true"), "gridline-embedded-postgres", ORDINAL));
    }

    /**
     * The server of this JVM, started at the first call. Quarkus restarts (tests) load this class again in a new
     * class loader, so a static field alone is not JVM-wide: the port and folder are also kept in system properties,
     * and a later call attaches to the running server instead of starting a second one on the same data.
     */
    public static synchronized Endpoint serverFor(ConfigSourceContext context) {
        String port = System.getProperty(PORT_PROPERTY);
        if (port != null) {
            return new Endpoint(Integer.parseInt(port), Path.of(System.getProperty(DIR_PROPERTY)));
        }
        Path dataDir = Path.of(value(context, "gridline.data-dir", "data")).toAbsolutePath().resolve("pg");
        boolean durable = Boolean.parseBoolean(value(context, "gridline.embedded-database.durable", "true"));
        EmbeddedPostgresServer started = EmbeddedPostgresServer.start(dataDir, durable);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfterQuarkus(started), "embedded-postgres-stop"));
        System.setProperty(PORT_PROPERTY, Integer.toString(started.port()));
        System.setProperty(DIR_PROPERTY, started.dataDirectory().toString());
        return new Endpoint(started.port(), started.dataDirectory());
    }

    /** The embedded server of this JVM, if one was started. */
    public static Endpoint current() {
        String port = System.getProperty(PORT_PROPERTY);
        return port == null ? null : new Endpoint(Integer.parseInt(port), Path.of(System.getProperty(DIR_PROPERTY)));
    }

    /** Where the embedded server of this JVM listens and keeps its data. */
    public record Endpoint(int port, Path dataDirectory) {
        /** The generated password of the {@code postgres} role, read from the data folder (mode 600). */
        public String password() {
            return EmbeddedCredentials.read(dataDirectory).orElseThrow(
                    () -> new IllegalStateException("No embedded database password in " + dataDirectory));
        }

        String reactiveUrl() {
            return "postgresql://localhost:" + port + "/postgres";
        }

        String jdbcUrl() {
            return "jdbc:postgresql://localhost:" + port + "/postgres";
        }
    }

    /**
     * JVM shutdown hooks run concurrently; Quarkus stops its pools in its own hook. The database goes only once the
     * application has finished stopping (bounded): the HTTP drain, the delivery worker's in-flight sends and their
     * marks, then the pools. ({@code isStarted()} turns false as soon as stopping begins, which used to stop the
     * database while requests were still being drained.)
     */
    private static void stopAfterQuarkus(EmbeddedPostgresServer pg) {
        io.quarkus.runtime.Application app = io.quarkus.runtime.Application.currentApplication();
        if (app != null) {
            Thread waiter = new Thread(app::awaitShutdown, "embedded-postgres-await-quarkus");
            waiter.setDaemon(true);
            waiter.start();
            try {
                waiter.join(java.time.Duration.ofSeconds(45).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        pg.stop();
    }

    private static boolean isRuntime() {
        ExecutionMode mode = ExecutionMode.current();
        return mode == ExecutionMode.RUNTIME_INIT || mode == ExecutionMode.RUNNING;
    }

    private static boolean isSet(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static String value(ConfigSourceContext context, String name, String fallback) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? fallback : value.getValue();
    }
}
