package org.gridline.platform.db;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The one way to run set-based SQL that the entity model does not express (a ledger posting, a window-function check):
 * native statements on the caller's reactive session. Inside a Hibernate Reactive transaction
 * ({@code @WithTransaction},
 * {@code Panache.withTransaction}, a chat message being processed) a statement joins it, so it commits or rolls back
 * with the caller's entity changes and reuses its connection; outside one, Hibernate Reactive opens a session for the
 * statement and it runs in its own implicit transaction.
 * <p>
 * Only public Hibernate Reactive API ({@link Mutiny.SessionFactory#withSession}, which hands over the session already
 * bound to the reactive stream, the one Panache binds too): no Quarkus internals, and parameters are written as JPA
 * positional parameters ({@code ?1}, {@code ?2} …), never rewritten. The raw Vert.x pool stays only where avoiding
 * Hibernate is the point: the inbox's group commit ({@code inbox.InboxBatch}) and the outbox claim
 * ({@code notify.OutboxStore}), see their docs, and the readiness probe ({@link DatabaseProbe}). Outside a transaction
 * each call opens a session of its own for its statement (the staff-token check of every request, schedulers).
 * {@code ArchitectureTest} keeps the Vert.x SQL client out of every other class.
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

    /** A {@code timestamptz} column of {@link #rows} as an instant, whichever temporal type the driver handed over. */
    public static Instant instant(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return (Instant) value;
    }

    private static <R> Mutiny.SelectionQuery<R> bind(Mutiny.SelectionQuery<R> query, Object... params) {
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query;
    }
}
