package org.gridline.platform.db;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import jakarta.inject.Singleton;

import java.util.concurrent.TimeUnit;

/**
 * The reactive pool with bounds, so a frozen or unreachable database fails operations instead of hanging them:
 * a connect timeout, PostgreSQL's {@code statement_timeout} on every connection, a response timeout (no byte from
 * the server for that long closes the connection and fails what ran on it) and a bounded wait for a free connection.
 */
@Singleton
public class DatabasePool implements PgPoolCreator {
    private final DatabaseConfig config;

    public DatabasePool(DatabaseConfig config) {
        this.config = config;
    }

    @Override
    public Pool create(Input input) {
        for (PgConnectOptions options : input.pgConnectOptionsList()) {
            options.setConnectTimeout((int) config.connectTimeout().toMillis());
            options.setIdleTimeout((int) config.responseTimeout().toMillis());
            options.setIdleTimeoutUnit(TimeUnit.MILLISECONDS);
            options.addProperty("statement_timeout", Long.toString(config.statementTimeout().toMillis()));
        }
        PoolOptions pool = input.poolOptions()
                .setConnectionTimeout((int) config.responseTimeout().toMillis())
                .setConnectionTimeoutUnit(TimeUnit.MILLISECONDS);
        return PgBuilder.pool().with(pool).connectingTo(new java.util.ArrayList<io.vertx.sqlclient.SqlConnectOptions>(
                input.pgConnectOptionsList())).using(input.vertx()).build();
    }
}
