package org.gridline.grid;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.platform.db.Sql;

import java.util.List;
import java.util.function.Function;

/**
 * The shape every demo loader shares: in one transaction, under an advisory lock of its own (so instances starting
 * together make each item once), each item is loaded in turn; completes with how many were made.
 */
@ApplicationScoped
public class DemoLoads {
    private static final String LOCK = "SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1)) AS locked";

    private final Sql sql;

    public DemoLoads(Sql sql) {
        this.sql = sql;
    }

    public <T> Uni<Integer> eachUnderLock(long lock, List<T> items, Function<T, Uni<Boolean>> loadOne) {
        return Panache.withTransaction(() -> lock(lock)
                        .chain(() -> Multi.createFrom().<T>iterable(items)
                                .onItem().<Boolean>transformToUniAndConcatenate(item -> loadOne.apply(item))
                                .collect().asList()))
                .map((List<Boolean> made) -> (int) made.stream().filter(Boolean::booleanValue).count());
    }

    /** Takes the advisory lock {@code lock} until the caller's transaction ends. */
    Uni<Void> lock(long lock) {
        return sql.rows(LOCK, lock).replaceWithVoid();
    }
}
