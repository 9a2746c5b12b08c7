package org.gridline.platform.db;

import io.quarkus.runtime.ExecutionMode;
import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Supplies the datasource URLs of the embedded PostgreSQL when the operator configured none, and tells Flyway to skip
 * its start-up work when {@link MigrationCheck} finds the schema up to date ({@value #MIGRATE_AT_START}, which
 * {@code quarkus.flyway.migrate-at-start} reads; an operator's {@code QUARKUS_FLYWAY_MIGRATE_AT_START} still wins).
 * <p>
 * SmallRye calls this factory whenever Quarkus builds its configuration: during the build (augmentation), at static
 * init, at runtime init, and again at every restart of Quarkus inside one test JVM. During the build it does nothing.
 * At static init it only begins starting the server in the background ({@link EmbeddedStart}), so PostgreSQL starts
 * while Quarkus builds Hibernate's metamodel; at runtime init it waits for that server, once per JVM. With
 * {@code QUARKUS_DATASOURCE_REACTIVE_URL} or {@code QUARKUS_DATASOURCE_JDBC_URL} set it starts nothing.
 */
@StaticInitSafe
public class EmbeddedPostgresConfigSource implements ConfigSourceFactory {
    static final String REACTIVE_URL = "quarkus.datasource.reactive.url";
    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String MIGRATE_AT_START = "org.gridline.flyway.migrate-at-start";
    /** Below application.properties (250) and the config/ folder (260), above nothing the operator sets. */
    private static final int ORDINAL = 200;

    /** JVM-wide markers; outside the {@code gridline.} root, which typed config validates strictly. */
    private static final String PORT_PROPERTY = "org.gridline.embedded-postgres.port";
    private static final String DIR_PROPERTY = "org.gridline.embedded-postgres.data-dir";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        boolean operators = isSet(context, REACTIVE_URL) || isSet(context, JDBC_URL);
        if (ExecutionMode.current() == ExecutionMode.STATIC_INIT && !operators && current() == null) {
            EmbeddedStart.begin(settings(context));
            return List.of();
        }
        if (!isRuntime()) {
            return List.of();
        }
        return operators ? operatorsDatabase(context) : embedded(context);
    }

    private static Iterable<ConfigSource> embedded(ConfigSourceContext context) {
        Endpoint pg = serverFor(context);
        Map<String, String> values = new HashMap<>(Map.of(
                REACTIVE_URL, pg.reactiveUrl(),
                JDBC_URL, pg.jdbcUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", pg.password(),
                "gridline.embedded-database.active", "true"));
        if (pg.schemaUpToDate()) {
            values.put(MIGRATE_AT_START, "false");
        }
        return List.of(new PropertiesConfigSource(values, "gridline-embedded-postgres", ORDINAL));
    }

    /** The operator's database: nothing to start (one begun at static init is stopped), only the migration check. */
    private static Iterable<ConfigSource> operatorsDatabase(ConfigSourceContext context) {
        EmbeddedStart.cancel();
        String user = value(context, "quarkus.datasource.username", null);
        String password = value(context, "quarkus.datasource.password", null);
        if (!isSet(context, JDBC_URL) || !MigrationCheck.upToDate(value(context, JDBC_URL, null), user, password)) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(Map.of(MIGRATE_AT_START, "false"), "gridline-migration-check",
                ORDINAL));
    }

    private static EmbeddedStart.Settings settings(ConfigSourceContext context) {
        return new EmbeddedStart.Settings(Path.of(value(context, "gridline.data-dir", "data")).toAbsolutePath()
                .resolve("pg"), Boolean.parseBoolean(value(context, "gridline.embedded-database.durable", "true")));
    }

    /**
     * The server of this JVM, started at the first call (or begun at static init). Quarkus restarts (tests) load this
     * class again in a new class loader, so a static field alone is not JVM-wide: the port and folder are also kept
     * in system properties, and a later call attaches to the running server instead of starting a second one on the
     * same data (and checks the migration history itself).
     */
    public static synchronized Endpoint serverFor(ConfigSourceContext context) {
        Endpoint running = current();
        if (running != null) {
            return new Endpoint(running.port(), running.dataDirectory(), MigrationCheck.upToDate(
                    running.jdbcUrl(), "postgres", running.password()));
        }
        EmbeddedStart.Started started = EmbeddedStart.await(settings(context));
        EmbeddedPostgresServer server = started.server();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfterQuarkus(server), "embedded-postgres-stop"));
        System.setProperty(PORT_PROPERTY, Integer.toString(server.port()));
        System.setProperty(DIR_PROPERTY, server.dataDirectory().toString());
        return new Endpoint(server.port(), server.dataDirectory(), started.schemaUpToDate());
    }

    /** The embedded server of this JVM, if one was started. */
    public static Endpoint current() {
        String port = System.getProperty(PORT_PROPERTY);
        return port == null ? null
                : new Endpoint(Integer.parseInt(port), Path.of(System.getProperty(DIR_PROPERTY)), false);
    }

    /**
     * Where the embedded server of this JVM listens and keeps its data, and whether its schema was up to date when
     * Quarkus last built its configuration.
     */
    public record Endpoint(int port, Path dataDirectory, boolean schemaUpToDate) {
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
