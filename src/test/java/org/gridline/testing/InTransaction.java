package org.gridline.testing;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs work in a Hibernate Reactive transaction on its own safe Vert.x context, the way the inbox processes a
 * message: what a service does there joins the one transaction, and commits or rolls back with it.
 */
public final class InTransaction {
    public static final Duration TIMEOUT = Duration.ofSeconds(60);

    private InTransaction() {
    }

    /** Starts the work now; the future completes when its transaction has committed (or failed). */
    public static <T> CompletableFuture<T> start(Vertx vertx, Supplier<Uni<T>> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(v -> Panache.withTransaction(work).subscribe().with(result::complete,
                result::completeExceptionally));
        return result.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Runs the work and waits for its transaction; a failure is rethrown (unwrapped). */
    public static <T> T run(Vertx vertx, Supplier<Uni<T>> work) {
        try {
            return start(vertx, work).join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
