package org.gridline.points;

import io.quarkus.hibernate.reactive.panache.common.runtime.SessionOperations;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the ledger's statements run. Called inside a Hibernate Reactive transaction (a chat message being processed,
 * a {@code @WithTransaction} service), they join it: the order, the stock and the points commit together or not at
 * all, and the caller's connection is reused instead of taking a second one from the pool (which, with every pooled
 * connection held by a waiting transaction, could never come). Called outside one, each statement runs on the pool in
 * its own implicit transaction, as before.
 * <p>
 * A failed statement ends the caller's whole transaction (the SQL client rolls it back), so in a joined transaction
 * a posting goes through {@code ledger_try_post}, which answers a refusal with no row instead of an error.
 */
@ApplicationScoped
class LedgerSql {
    private static final String PERSISTENCE_UNIT = "<default>";
    private static final Pattern POSITIONAL = Pattern.compile("\\?(\\d+)");

    private final Pool pool;

    LedgerSql(Pool pool) {
        this.pool = pool;
    }

    /** Rows of the statement (parameters written {@code ?1}, {@code ?2} …), each as its column values. */
    Uni<List<Object[]>> query(String sql, Object... params) {
        Mutiny.Session session = session();
        if (session == null) {
            return pool.preparedQuery(POSITIONAL.matcher(sql).replaceAll("\\$$1")).execute(Tuple.from(params))
                    .map(LedgerSql::values);
        }
        Mutiny.SelectionQuery<Object[]> query = session.createNativeQuery(sql, Object[].class);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query.getResultList();
    }

    /** Whether statements run now join the caller's transaction. */
    boolean joined() {
        return session() != null;
    }

    /** The session of the caller's open transaction on this Vert.x context, or null. */
    private static Mutiny.Session session() {
        if (Vertx.currentContext() == null) {
            return null;
        }
        try {
            Mutiny.Session session = SessionOperations.getCurrentSession(PERSISTENCE_UNIT);
            return session != null && session.currentTransaction() != null ? session : null;
        } catch (IllegalStateException notASafeContext) {
            return null;
        }
    }

    private static List<Object[]> values(io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
        List<Object[]> result = new ArrayList<>();
        for (Row row : rows) {
            Object[] values = new Object[row.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.getValue(i);
            }
            result.add(values);
        }
        return result;
    }
}
