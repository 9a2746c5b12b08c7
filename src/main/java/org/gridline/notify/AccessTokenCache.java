package org.gridline.notify;

import io.smallrye.mutiny.Uni;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The platform access token of one app, shared by every sender of this instance, fetched at most one at a time.
 *
 * <p>Single flight: however many callers find the token missing or near expiry, one fetch runs and all of them get
 * its result (or its failure; the next call after a failure fetches again). The token is refreshed once less than
 * {@code margin} of its lifetime remains, counted from when the fetch started. {@link #invalidate(String)} drops the
 * token only if it is still the one that failed, so a late 40001 for an old token cannot drop a fresh one.
 *
 * <p>The fetcher must call {@code POST /cgi-bin/stable_token} with {@code force_refresh=false}: in that mode every
 * instance gets the same token while it is valid, so instances do not invalidate each other. This class never asks
 * for a forced refresh (20 a day); the fetcher must also bound its own time (a client timeout), since every waiter
 * waits for it.
 */
public final class AccessTokenCache {
    /** Default refresh margin: the platform hands out a new stable token in the last 5 minutes of 7200 s. */
    public static final Duration DEFAULT_MARGIN = Duration.ofMinutes(5);

    /** A fetched token and its lifetime in seconds ({@code expires_in}). */
    public record FetchedToken(String token, long expiresIn) {}

    private record Cached(String token, Instant refreshAt) {}

    private final Supplier<Uni<FetchedToken>> fetcher;
    private final Clock clock;
    private final Duration margin;
    private final AtomicReference<Cached> current = new AtomicReference<>();
    private final AtomicReference<CompletableFuture<Cached>> inFlight = new AtomicReference<>();

    public AccessTokenCache(Supplier<Uni<FetchedToken>> fetcher, Clock clock, Duration margin) {
        this.fetcher = Objects.requireNonNull(fetcher);
        this.clock = Objects.requireNonNull(clock);
        this.margin = Objects.requireNonNull(margin);
    }

    public AccessTokenCache(Supplier<Uni<FetchedToken>> fetcher, Clock clock) {
        this(fetcher, clock, DEFAULT_MARGIN);
    }

    /** The current token, fetching it first (once, for all callers) when it is missing or near expiry. */
    public Uni<String> token() {
        return Uni.createFrom().deferred(() -> {
            Cached cached = current.get();
            return fresh(cached) ? Uni.createFrom().item(cached.token()) : waitFor(sharedFetch());
        });
    }

    /** Drops the cached token if it is {@code failedToken}; a token fetched since then is kept. */
    public void invalidate(String failedToken) {
        current.updateAndGet(cached -> cached != null && cached.token().equals(failedToken) ? null : cached);
    }

    private boolean fresh(Cached cached) {
        return cached != null && clock.instant().isBefore(cached.refreshAt());
    }

    private CompletableFuture<Cached> sharedFetch() {
        CompletableFuture<Cached> mine = new CompletableFuture<>();
        CompletableFuture<Cached> running = inFlight.compareAndExchange(null, mine);
        if (running != null) {
            return running;
        }
        Cached cached = current.get();
        if (fresh(cached)) {
            finish(mine, cached, null); // a fetch completed between our check and our claim
            return mine;
        }
        Instant startedAt = clock.instant();
        Uni.createFrom().deferred(fetcher::get)
                .map(fetched -> store(fetched, startedAt))
                .subscribe().with(stored -> finish(mine, stored, null), failure -> finish(mine, null, failure));
        return mine;
    }

    private Cached store(FetchedToken fetched, Instant startedAt) {
        if (fetched == null || fetched.token() == null || fetched.token().isBlank() || fetched.expiresIn() <= 0) {
            throw new IllegalStateException("token fetch returned no usable token");
        }
        Cached cached = new Cached(fetched.token(), startedAt.plusSeconds(fetched.expiresIn()).minus(margin));
        current.set(cached);
        return cached;
    }

    private void finish(CompletableFuture<Cached> mine, Cached cached, Throwable failure) {
        inFlight.compareAndSet(mine, null);
        if (failure != null) {
            mine.completeExceptionally(failure);
        } else {
            mine.complete(cached);
        }
    }

    /** Each waiter gets its own Uni: cancelling one does not cancel the shared fetch for the others. */
    private static Uni<String> waitFor(CompletableFuture<Cached> shared) {
        return Uni.createFrom().emitter(emitter -> shared.whenComplete((cached, failure) -> {
            if (failure != null) {
                emitter.fail(failure);
            } else {
                emitter.complete(cached.token());
            }
        }));
    }
}
