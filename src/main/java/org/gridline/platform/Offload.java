package org.gridline.platform;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.unchecked.Unchecked;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.concurrent.Callable;

/**
 * Runs CPU-heavy work (bcrypt, key generation) off the event loop and resumes on the caller's Vert.x context, so a
 * Hibernate Reactive session or transaction can go on afterwards.
 */
public final class Offload {
    private Offload() {
    }

    public static <T> Uni<T> blocking(Callable<T> work) {
        Context context = Vertx.currentContext();
        if (context == null) {
            return Uni.createFrom().item(Unchecked.supplier(work::call));
        }
        return Uni.createFrom().completionStage(() -> context.executeBlocking(work, false).toCompletionStage());
    }
}
