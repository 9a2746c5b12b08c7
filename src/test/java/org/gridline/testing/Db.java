package org.gridline.testing;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Reads the database in {@code @QuarkusTest}s, to assert what was (not) stored. */
public final class Db {
    private final Pool pool;

    public Db(Pool pool) {
        this.pool = pool;
    }

    public List<Row> rows(String sql, Object... params) {
        List<Row> rows = new ArrayList<>();
        pool.preparedQuery(sql).execute(Tuple.from(params)).await().atMost(Duration.ofSeconds(10)).forEach(rows::add);
        return rows;
    }

    public long count(String sql, Object... params) {
        return rows(sql, params).get(0).getLong(0);
    }
}
