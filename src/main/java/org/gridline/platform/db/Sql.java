package org.gridline.platform.db;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.List;

/**
 * The one way to run set-based SQL that the entity model does not express (a ledger posting, a window-function check):
 * native statements on the caller's reactive session. Inside a Hibernate Reactive transaction ({@code @WithTransaction},
 * {@code Panache.withTransaction}, a chat message being processed) a statement joins it, so it commits or rolls back
 * with the caller's entity changes and reuses its connection; outside one, Hibernate Reactive opens a session for the
 * statement and it runs in its own implicit transaction.
 * <p>
 * Only public Hibernate Reactive API ({@link Mutiny.SessionFactory#withSession}, which hands over the session already
 * bound to the reactive stream, the one Panache binds too): no Quarkus internals, and parameters are written as JPA
 * positional parameters ({@code ?1}, {@code ?2} …), never rewritten. The raw Vert.x pool stays only where avoiding
 * Hibernate is the point: the inbox's group commit and the outbox claim (see their docs), the health probe, and the
 * staff-token checks that run before any session (auth).
 */
@ApplicationScoped
public class Sql {
    private final Mutiny.SessionFactory sessions;

    public Sql(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** The rows of a statement, each as its column values in select order (a one-column row too). */
    public Uni<List<Object[]>> rows(String sql, Object... params) {
        return sessions.withSession(session -> bind(session.<Object>createNativeQuery(sql, Object.class), params)
                .getResultList()).map(rows -> rows.stream().map(Sql::columns).toList());
    }

    private static Object[] columns(Object row) {
        return row instanceof Object[] values ? values : new Object[] {row};
    }

    /** Runs a statement that returns no rows; the number of rows it changed. */
    public Uni<Integer> update(String sql, Object... params) {
        return sessions.withSession(session -> {
            Mutiny.MutationQuery query = session.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return query.executeUpdate();
        });
    }

    /** Whether statements run now join a transaction of the caller's (see the class doc). */
    public Uni<Boolean> inTransaction() {
        return sessions.withSession(session -> Uni.createFrom().item(session.currentTransaction() != null));
    }

    private static <R> Mutiny.SelectionQuery<R> bind(Mutiny.SelectionQuery<R> query, Object... params) {
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query;
    }
}
