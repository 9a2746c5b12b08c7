package org.gridline.points;

import io.smallrye.mutiny.Uni;
import org.gridline.platform.error.DomainException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.*;

/** Shared helpers of the ledger tests: fresh names, waiting on a {@code Uni}, firing calls at once. */
final class LedgerFixtures {
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private LedgerFixtures() {
    }

    static String openid() {
        return "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);
    }

    static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    static <T> T await(Uni<T> uni) {
        return uni.await().atMost(TIMEOUT);
    }

    /** The domain refusal the call ends with; fails the test if it succeeds or fails otherwise. */
    static DomainException refusal(Uni<?> uni) {
        Throwable failure = assertThrows(Throwable.class, () -> await(uni));
        assertInstanceOf(DomainException.class, failure, () -> "not a domain refusal: " + failure);
        return (DomainException) failure;
    }

    static void assertRefused(Uni<?> uni, int status, String code) {
        DomainException e = refusal(uni);
        assertEquals(code, e.code(), e.getMessage());
        assertEquals(status, e.status());
    }

    /** Subscribes to all calls before waiting for any, so they run against the database at the same time. */
    static List<Outcome<Transfer>> concurrently(int n, IntFunction<Uni<Transfer>> call) {
        List<CompletableFuture<Transfer>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            futures.add(call.apply(i).subscribeAsCompletionStage());
        }
        List<Outcome<Transfer>> outcomes = new ArrayList<>();
        for (CompletableFuture<Transfer> f : futures) {
            try {
                outcomes.add(new Outcome<>(f.orTimeout(TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)
                        .join(), null));
            } catch (CompletionException e) {
                outcomes.add(new Outcome<>(null, e.getCause()));
            }
        }
        return outcomes;
    }

    record Outcome<T>(T value, Throwable failure) {
        boolean ok() {
            return failure == null;
        }

        String code() {
            return failure instanceof DomainException d ? d.code() : String.valueOf(failure);
        }
    }
}
