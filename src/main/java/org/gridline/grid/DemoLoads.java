package org.gridline.grid;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import java.util.List;
import java.util.function.Function;

/**
 * The shape every demo loader shares: in one transaction, under an advisory lock of its own (so instances starting
 * together make each item once), each item is loaded in turn; completes with how many were made.
 */
public final class DemoLoads {
    private DemoLoads() {
    }

    public static <T> Uni<Integer> eachUnderLock(long lock, List<T> items, Function<T, Uni<Boolean>> loadOne) {
        return Panache.withTransaction(() -> Panache.getSession()
                        .chain(s -> s.createNativeQuery("SELECT pg_advisory_xact_lock(" + lock + ")").getSingleResult())
                        .chain(() -> Multi.createFrom().<T>iterable(items)
                                .onItem().<Boolean>transformToUniAndConcatenate(item -> loadOne.apply(item))
                                .collect().asList()))
                .map((List<Boolean> made) -> (int) made.stream().filter(Boolean::booleanValue).count());
    }
}
