package org.gridline.platform;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.function.Supplier;

/**
 * Runs a unit of work on a new duplicated Vert.x context flagged safe, as Hibernate Reactive needs: for scheduled
 * jobs and other work that does not start from a request or a message.
 */
public final class SafeContext {
    private SafeContext() {
    }

    public static <T> Uni<T> run(Vertx vertx, Supplier<Uni<T>> work) {
        return Uni.createFrom().emitter(emitter -> {
            Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(context, true);
            context.runOnContext(v -> Uni.createFrom().deferred(work::get).subscribe()
                    .with(emitter::complete, emitter::fail));
        });
    }
}
