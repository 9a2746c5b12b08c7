package org.gridline.notify;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Delivers the outbox: claims due rows (at most {@code max-in-flight} at a time: the bounded queue), paces calls with
 * a token bucket so a burst becomes a steady stream instead of 45009/45011, sends each through {@link PlatformClient},
 * and records what the {@link ErrorPolicy} decides. Every instance runs one; claims keep them apart.
 *
 * <p>Order: a claim takes only a user's oldest unfinished row, so one user's messages reach the platform one at a time
 * in the order they were written (see {@link OutboxStore}); other users are not held back. Outages: transient failures
 * are retried with backoff for the message's {@link UsefulLife}, and a {@link CircuitBreaker} pauses all claims while
 * the platform fails everything, probing with one message, so an outage spends no row's retries. Stop: claims end,
 * sends under way finish and are marked (bounded by {@code stop-timeout}) before the pools close.
 *
 * <p>Fallbacks: a customer-service reply whose 48 h window has closed becomes its subscribe-message fallback if the
 * user has a subscription left for it, else waits HELD until the user writes. A subscribe message that cannot be sent
 * (no subscription left, or 43101) becomes its customer-service fallback, due at once, which then goes the
 * customer-service way (sent, or HELD while the window is closed); without a fallback it is SKIPPED.
 */
@ApplicationScoped
public class DeliveryWorker {
    private final OutboxStore store;
    private final PlatformClient client;
    private final DeliveryMetrics metrics;
    private final DeliveryConfig config;
    private final Vertx vertx;
    private final Clock clock;
    private final TokenBucket bucket;
    /** Tokens taken from the bucket: one per platform call (see {@link #send}). */
    private final AtomicLong paced = new AtomicLong();
    private final ErrorPolicy policy;
    private final Backoff backoff;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final UsefulLife life;
    private final CircuitBreaker breaker;
    private final AtomicBoolean ticking = new AtomicBoolean();
    private volatile boolean running;
    private volatile long timer = -1;
    private volatile long reclaimTimer = -1;

    public DeliveryWorker(OutboxStore store, PlatformClient client, DeliveryMetrics metrics, DeliveryConfig config,
                          Vertx vertx, Clock clock) {
        this.store = store;
        this.client = client;
        this.metrics = metrics;
        this.config = config;
        this.vertx = vertx;
        this.clock = clock;
        this.bucket = TokenBucket.system(config.burst(), config.ratePerSecond());
        this.policy = new ErrorPolicy();
        // no attempt budget: the useful life decides when to give up (ErrorPolicy)
        this.backoff = new Backoff(config.backoffBase(), config.backoffCap(), Integer.MAX_VALUE, new SecureRandom());
        this.life = new UsefulLife(config.replyWindow(), config.noticeLife());
        // real elapsed time, not the application's (testable, possibly frozen) clock: an outage lasts in real time
        this.breaker = new CircuitBreaker(config.breakerThreshold(), config.breakerOpen(), config.breakerOpenMax(),
                Clock.systemUTC());
    }

    void onStart(@Observes StartupEvent start) {
        if (config.enabled()) {
            running = true;
            reclaimTimer = vertx.setPeriodic(config.claimTimeout().toMillis() / 2, id -> store.reclaimExpired().subscribe().with(
                    n -> { if (n > 0) Log.warnf("Re-claimed %d outbox messages whose sender stopped", n); },
                    e -> Log.warnf("Outbox re-claim failed: %s", e.toString())));
            schedule(0);
        }
    }

    /**
     * The first thing a stop does (the pre-shutdown phase, {@code quarkus.shutdown.delay-enabled}), before the HTTP drain
     * and long before the pools close. {@link ShutdownEvent} comes too late for this: the reactive pool registers its
     * close when it is first used, so it closes before {@code ShutdownEvent} observers run.
     */
    void onStopping(@Observes ShutdownDelayInitiatedEvent stopping) {
        drain();
    }

    /** Where the pre-shutdown phase is off (a test's own worker): the same, as late as Quarkus allows. */
    void onStop(@Observes ShutdownEvent stop) {
        drain();
    }

    /**
     * Stops claiming, gives back what waits for the rate limit, and waits (up to {@code stop-timeout}) for the sends
     * under way to be answered and marked: a clean stop sends nothing twice.
     */
    private void drain() {
        if (!running && inFlight.get() == 0 && !ticking.get()) {
            return;
        }
        running = false;
        for (long id : new long[] {timer, reclaimTimer}) {
            if (id >= 0) {
                vertx.cancelTimer(id);
            }
        }
        long deadline = System.nanoTime() + config.stopTimeout().toNanos();
        while ((inFlight.get() > 0 || ticking.get()) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (inFlight.get() > 0) {
            Log.warnf("Delivery stopped with %d sends unanswered; they are claimed again after the claim timeout",
                    inFlight.get());
        } else {
            Log.info("Delivery stopped: every send under way was answered and marked");
        }
    }

    /** The breaker's state, for tests and diagnostics. */
    CircuitBreaker.State breakerState() {
        return breaker.state();
    }

    /** New rows may be due: look now rather than at the next poll. */
    public void wakeSoon() {
        if (running && !ticking.get() && inFlight.get() < config.maxInFlight()) {
            schedule(5); // after the enqueuing transaction has had a moment to commit
        }
    }

    private void schedule(long delayMillis) {
        long previous = timer;
        if (previous >= 0) {
            vertx.cancelTimer(previous);
        }
        timer = vertx.setTimer(Math.max(1, delayMillis), id -> tick());
    }

    private void tick() {
        if (!running || !ticking.compareAndSet(false, true)) {
            return;
        }
        int free = config.maxInFlight() - inFlight.get();
        int wanted = free <= 0 ? 0 : breaker.permits(Math.min(free, 100), inFlight.get());
        if (wanted <= 0) {
            ticking.set(false);
            schedule(Math.max(config.pollInterval().toMillis(), breaker.untilProbe().toMillis()));
            return;
        }
        store.claim(wanted, config.claimTimeout().toSeconds(), OffsetDateTime.now(clock)).subscribe().with(claimed -> {
            claimed.forEach(this::deliver);
            ticking.set(false);
            schedule(claimed.size() == wanted ? 0 : config.pollInterval().toMillis());
        }, failure -> {
            ticking.set(false);
            Log.warnf("Outbox claim failed: %s", failure.toString());
            schedule(1000);
        });
    }

    private void deliver(ClaimedMessage message) {
        inFlight.incrementAndGet();
        attempt(message)
                .onTermination().invoke(() -> {
                    if (inFlight.decrementAndGet() < config.maxInFlight()) {
                        wakeSoon();
                    }
                })
                .subscribe().with(done -> { }, e -> Log.errorf("Delivery of outbox message %d failed: %s",
                        message.id(), e.toString()));
    }

    private Uni<Void> attempt(ClaimedMessage m) {
        if (m.kind() == OutboxKind.CUSTOM && windowClosed(m)) {
            return decide(m, PlatformOutcome.errcode(45015, "reply window closed (known locally)"));
        }
        if (m.kind() == OutboxKind.SUBSCRIBE && !m.subscriptionTaken()) {
            return store.takeSubscription(m).chain(taken -> taken ? send(m)
                    : customFallbackOrSkip(m, null, "no subscription left for " + m.templateId()));
        }
        return send(m);
    }

    /**
     * The platform call, paced by the rate limit. Only here: what is decided locally (a closed reply window, no
     * subscription left, the switch to a fallback) costs no token, so the limit counts platform calls, as documented.
     */
    private Uni<Void> send(ClaimedMessage m) {
        return paced().chain(() -> running
                ? client.send(m.apiPath(), m.body()).invoke(this::observe).chain(outcome -> decide(m, outcome))
                : store.release(m.id()));
    }

    /** Tells the breaker whether the platform answered or failed transiently. */
    private void observe(PlatformOutcome outcome) {
        if (ErrorPolicy.classify(outcome) == DeliveryAction.RETRY) {
            if (breaker.failed()) {
                Log.warnf("The platform failed %d calls in a row (last: %s): delivery pauses and probes",
                        config.breakerThreshold(), describe(outcome));
            }
        } else if (breaker.answered()) {
            Log.info("The platform answers again: delivery resumes");
        }
    }

    private Uni<Void> decide(ClaimedMessage m, PlatformOutcome outcome) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        DeliveryAction action = policy.decide(outcome, true, m.kind(), life.over(m, now));
        Integer errcode = outcome instanceof PlatformOutcome.Answered a ? a.errcode() : null;
        String error = describe(outcome);
        if (action != DeliveryAction.SENT) {
            metrics.failed(errcode == null ? "transport" : errcode.toString());
        }
        return switch (action) {
            case SENT -> store.sent(m.id()).invoke(() -> metrics.sent(Duration.between(m.createdAt(), now)));
            case RETRY, REFRESH_TOKEN_AND_RETRY_ONCE -> retry(m, now, errcode, error).invoke(metrics::retried);
            case BACK_OFF_QUOTA -> store.retryAt(m.id(), OffsetDateTime.ofInstant(
                    QuotaReset.resumeAt(errcode, now.toInstant()), clock.getZone()), errcode, error, false);
            case FALLBACK_TO_SUBSCRIBE_OR_HOLD -> fallbackOrHold(m, errcode, error);
            case HOLD_UNTIL_USER_WRITES -> store.finish(m.id(), OutboxStatus.HELD, errcode, error);
            case SUBSCRIPTION_USED_UP -> store.subscriptionUsedUp(m.openid(), m.templateId())
                    .chain(() -> customFallbackOrSkip(m, errcode, error));
            case DEAD_LETTER -> store.finish(m.id(), OutboxStatus.DEAD, errcode, error).invoke(() -> {
                metrics.deadLettered();
                Log.warnf("Outbox message %d is a dead letter: %s", m.id(), error);
            });
        };
    }

    /**
     * Backoff while the platform works for others; while the breaker is open (the platform fails everything) the
     * attempt is not counted and the row is due again as soon as the breaker lets claims go.
     */
    private Uni<Void> retry(ClaimedMessage m, OffsetDateTime now, Integer errcode, String error) {
        return breaker.state() == CircuitBreaker.State.CLOSED
                ? store.retryAt(m.id(), now.plus(backoff.nextDelay(m.attempts())), errcode, error, true)
                : store.retryAt(m.id(), now, errcode, error, false);
    }

    /** A subscribe message instead, if the user has a subscription left for it; otherwise wait for the user. */
    private Uni<Void> fallbackOrHold(ClaimedMessage m, Integer errcode, String error) {
        Uni<Boolean> canFallBack = m.fallbackTemplateId() == null ? Uni.createFrom().item(false)
                : store.hasSubscription(m.openid(), m.fallbackTemplateId());
        return canFallBack.chain(yes -> yes ? store.switchToFallback(m.id(), m.fallback(), OffsetDateTime.now(clock))
                : store.finish(m.id(), OutboxStatus.HELD, errcode, error));
    }

    /** A subscribe message the user cannot receive: its customer-service fallback instead, else nothing is sent. */
    private Uni<Void> customFallbackOrSkip(ClaimedMessage m, Integer errcode, String error) {
        return m.customFallback() == null ? store.finish(m.id(), OutboxStatus.SKIPPED, errcode, error)
                : store.switchToCustomFallback(m.id(), m.customFallback(), errcode,
                        error + ": customer-service fallback", OffsetDateTime.now(clock));
    }

    private boolean windowClosed(ClaimedMessage m) {
        return m.lastMessageAt() != null
                && m.lastMessageAt().plus(config.replyWindow()).isBefore(OffsetDateTime.now(clock));
    }

    /** How many platform calls the rate limit has let go so far. */
    long pacedCalls() {
        return paced.get();
    }

    /** Completes when the rate limit lets one more call go. */
    private Uni<Void> paced() {
        return Uni.createFrom().emitter(emitter -> acquire(emitter));
    }

    private void acquire(io.smallrye.mutiny.subscription.UniEmitter<? super Void> emitter) {
        if (bucket.tryAcquire()) {
            paced.incrementAndGet();
            emitter.complete(null);
            return;
        }
        long waitMillis = Math.max(1, bucket.nanosUntilAvailable() / 1_000_000);
        vertx.setTimer(waitMillis, id -> acquire(emitter));
    }

    private static String describe(PlatformOutcome outcome) {
        if (outcome instanceof PlatformOutcome.Answered a) {
            return "HTTP " + a.httpStatus() + (a.errcode() == null ? "" : ", errcode " + a.errcode() + ": " + a.errmsg());
        }
        PlatformOutcome.TransportFailure f = (PlatformOutcome.TransportFailure) outcome;
        return f.kind() + ": " + f.detail();
    }
}
