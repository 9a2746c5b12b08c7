package org.gridline.notify;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.mutiny.core.Vertx;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Paces platform calls with a {@link TokenBucket}, so a burst becomes a steady stream instead of 45009/45011: a call
 * waits on a timer (never blocking a thread) until the bucket lets it go. One per worker, shared by all its sends.
 */
final class Pacer {
    private final TokenBucket bucket;
    private final Vertx vertx;
    /** Tokens taken from the bucket: one per platform call. */
    private final AtomicLong paced = new AtomicLong();

    Pacer(TokenBucket bucket, Vertx vertx) {
        this.bucket = bucket;
        this.vertx = vertx;
    }

    /** Completes when the rate limit lets one more call go. */
    Uni<Void> next() {
        return Uni.createFrom().<Void>emitter(this::acquire);
    }

    /** How many platform calls the rate limit has let go so far. */
    long calls() {
        return paced.get();
    }

    private void acquire(UniEmitter<? super Void> emitter) {
        if (bucket.tryAcquire()) {
            paced.incrementAndGet();
            emitter.complete(null);
            return;
        }
        long waitMillis = Math.max(1, bucket.nanosUntilAvailable() / 1_000_000);
        vertx.setTimer(waitMillis, id -> acquire(emitter));
    }
}
