package org.gridline.notify;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import org.gridline.notify.AccessTokenCache.FetchedToken;
import org.gridline.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AccessTokenCacheTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T07:00:00Z"));
    private final AtomicInteger fetches = new AtomicInteger();
    /** The answers the fake stable_token endpoint will give, one per fetch. */
    private final List<CompletableFuture<FetchedToken>> answers = new ArrayList<>();

    private final AccessTokenCache cache = new AccessTokenCache(() -> {
        int n = fetches.getAndIncrement();
        return Uni.createFrom().completionStage(answers.get(n));
    }, clock);

    private CompletableFuture<FetchedToken> nextAnswer() {
        CompletableFuture<FetchedToken> answer = new CompletableFuture<>();
        answers.add(answer);
        return answer;
    }

    private void answersWith(String... tokens) {
        for (String token : tokens) {
            nextAnswer().complete(new FetchedToken(token, 7200));
        }
    }

    private String token() {
        return cache.token().await().atMost(WAIT);
    }

    @Test
    void fiftyConcurrentCallersShareOneFetch() throws Exception {
        CompletableFuture<FetchedToken> answer = nextAnswer();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<CompletableFuture<String>>> subscribed = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            subscribed.add(pool.submit(() -> {
                go.await();
                return cache.token().subscribeAsCompletionStage();
            }));
        }
        go.countDown();
        List<CompletableFuture<String>> results = new ArrayList<>();
        for (Future<CompletableFuture<String>> s : subscribed) {
            results.add(s.get(10, TimeUnit.SECONDS));
        }
        answer.complete(new FetchedToken("T1", 7200));
        for (CompletableFuture<String> result : results) {
            assertEquals("T1", result.get(10, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(1, fetches.get());
        assertEquals("T1", token());
        assertEquals(1, fetches.get());
    }

    @ParameterizedTest(name = "{0} s after the fetch → token {1}, {2} fetches")
    @CsvSource({"0, T1, 1", "6899, T1, 1", "6900, T2, 2", "9000, T2, 2"})
    void refreshesWhenLessThanTheMarginRemains(long secondsLater, String expected, int fetchCount) {
        answersWith("T1", "T2");
        assertEquals("T1", token());
        clock.advance(Duration.ofSeconds(secondsLater));
        assertEquals(expected, token());
        assertEquals(fetchCount, fetches.get());
    }

    @Test
    void invalidatingTheCurrentTokenFetchesAgain() {
        answersWith("T1", "T2");
        assertEquals("T1", token());
        cache.invalidate("T1");
        assertEquals("T2", token());
        assertEquals(2, fetches.get());
    }

    @Test
    void aLateErrorForAnOldTokenKeepsTheFreshOne() {
        answersWith("T1", "T2");
        assertEquals("T1", token());
        cache.invalidate("T1");
        assertEquals("T2", token());
        cache.invalidate("T1");
        assertEquals("T2", token());
        assertEquals(2, fetches.get());
    }

    @Test
    void aFailedFetchFailsEveryWaiterThenTheNextCallFetchesAgain() {
        CompletableFuture<FetchedToken> failing = nextAnswer();
        CompletableFuture<String> first = cache.token().subscribeAsCompletionStage();
        CompletableFuture<String> second = cache.token().subscribeAsCompletionStage();
        failing.completeExceptionally(new IllegalStateException("stable_token: -1 system busy"));
        for (CompletableFuture<String> waiter : List.of(first, second)) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> waiter.get(10, TimeUnit.SECONDS));
            assertInstanceOf(IllegalStateException.class, e.getCause());
        }
        answersWith("T1");
        assertEquals("T1", token());
        assertEquals(2, fetches.get());
    }

    @ParameterizedTest(name = "fetched token \"{0}\" expiring in {1} s is refused")
    @CsvSource({"'', 7200", "T1, 0", "T1, -5"})
    void anUnusableAnswerIsAFailure(String token, long expiresIn) {
        nextAnswer().complete(new FetchedToken(token, expiresIn));
        assertThrows(IllegalStateException.class, this::token);
        answersWith("T2");
        assertEquals("T2", token());
    }

    @Test
    void aThrowingFetcherIsAFailureNotAHang() {
        AccessTokenCache broken = new AccessTokenCache(() -> {
            throw new IllegalStateException("no secret configured");
        }, clock);
        assertThrows(IllegalStateException.class, () -> broken.token().await().atMost(WAIT));
    }

    @Test
    void oneWaiterCancellingDoesNotCancelTheFetchForTheOthers() throws Exception {
        CompletableFuture<FetchedToken> answer = nextAnswer();
        Cancellable impatient = cache.token().subscribe().with(token -> { }, failure -> { });
        CompletableFuture<String> patient = cache.token().subscribeAsCompletionStage();
        impatient.cancel();
        answer.complete(new FetchedToken("T1", 7200));
        assertEquals("T1", patient.get(10, TimeUnit.SECONDS));
        assertEquals(1, fetches.get());
    }
}
