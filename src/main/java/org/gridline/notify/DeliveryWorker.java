package org.gridline.notify;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivers the outbox: claims due rows (at most {@code max-in-flight} at a time: the bounded queue) and hands each to
 * a {@link DeliveryAttempt} (paced by the rate limit, decided by the error policy). Every instance runs one; claims
 * keep them apart. A drain pass runs when {@link #wake()} is called, that is when a transaction that wrote to the
 * outbox commits ({@link OutboxListener}) or a send finishes, and else at the periodic poll, the safety net.
 *
 * <p>Order: a claim takes only a user's oldest unfinished row, so one user's messages reach the platform one at a time
 * in the order they were written (see {@link OutboxStore}); other users are not held back. Outages: a
 * {@link CircuitBreaker} pauses all claims while the platform fails everything, probing with one message, so an
 * outage spends no row's retries. Stop: claims end, sends under way finish and are marked (bounded by
 * {@code stop-timeout}) before the pools close.
 */
@ApplicationScoped
public class DeliveryWorker {
    private final OutboxStore store;
    private final DeliveryConfig config;
    private final Vertx vertx;
    private final Clock clock;
    private final Pacer pacer;
    private final CircuitBreaker breaker;
    private final DeliveryAttempt attempt;
    private final DrainSchedule schedule;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean running;
    private volatile long reclaimTimer = -1;

    public DeliveryWorker(OutboxStore store, PlatformClient client, DeliveryMetrics metrics, DeliveryConfig config,
                          Vertx vertx, Clock clock) {
        this.store = store;
        this.config = config;
        this.vertx = vertx;
        this.clock = clock;
        this.pacer = new Pacer(TokenBucket.system(config.burst(), config.ratePerSecond()), vertx);
        // real elapsed time, not the application's (testable, possibly frozen) clock: an outage lasts in real time
        this.breaker = new CircuitBreaker(config.breakerThreshold(), config.breakerOpen(), config.breakerOpenMax(),
                Clock.systemUTC());
        this.attempt = new DeliveryAttempt(store, client, metrics, config, clock, pacer, breaker, () -> running);
        this.schedule = new DrainSchedule(new VertxTimers(vertx), this::pass);
    }

    void onStart(@Observes StartupEvent start) {
        if (config.enabled()) {
            running = true;
            reclaimTimer = vertx.setPeriodic(config.claimTimeout().toMillis() / 2, id -> reclaim());
            schedule.start();
        }
    }

    /**
     * The first thing a stop does (the pre-shutdown phase, {@code quarkus.shutdown.delay-enabled}), before the HTTP
     * drain and long before the pools close. {@link ShutdownEvent} comes too late for this: the reactive pool
     * registers its close when it is first used, so it closes before {@code ShutdownEvent} observers run.
     */
    void onStopping(@Observes ShutdownDelayInitiatedEvent stopping) {
        drain();
    }

    /** Where the pre-shutdown phase is off (a test's own worker): the same, as late as Quarkus allows. */
    void onStop(@Observes ShutdownEvent stop) {
        drain();
    }

    /**
     * New rows may be due: a drain pass now, unless one is already coming. Wake-ups coalesce (see
     * {@link DrainSchedule}), so a notification per commit costs one claim however many arrive together.
     */
    public void wake() {
        schedule.wake();
    }

    /** The breaker's state, for tests and diagnostics. */
    CircuitBreaker.State breakerState() {
        return breaker.state();
    }

    /** How many platform calls the rate limit has let go so far. */
    long pacedCalls() {
        return pacer.calls();
    }

    /**
     * Stops claiming, gives back what waits for the rate limit, and waits (up to {@code stop-timeout}) for the sends
     * under way to be answered and marked: a clean stop sends nothing twice.
     */
    private void drain() {
        if (!running && inFlight.get() == 0 && !schedule.underway()) {
            return;
        }
        running = false;
        schedule.stop();
        if (reclaimTimer >= 0) {
            vertx.cancelTimer(reclaimTimer);
        }
        awaitSends(System.nanoTime() + config.stopTimeout().toNanos());
        if (inFlight.get() > 0) {
            Log.warnf("Delivery stopped with %d sends unanswered; they are claimed again after the claim timeout",
                    inFlight.get());
        } else {
            Log.info("Delivery stopped: every send under way was answered and marked");
        }
    }

    private void awaitSends(long deadlineNanos) {
        while ((inFlight.get() > 0 || schedule.underway()) && System.nanoTime() < deadlineNanos) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** One drain pass: claims what fits in the bounded queue and the breaker allows; ends with the next pass's time. */
    private void pass() {
        int free = config.maxInFlight() - inFlight.get();
        int wanted = free <= 0 ? 0 : breaker.permits(Math.min(free, 100), inFlight.get());
        if (!running || wanted <= 0) {
            schedule.end(Math.max(config.pollInterval().toMillis(), breaker.untilProbe().toMillis()));
            return;
        }
        store.claim(wanted, config.claimTimeout().toSeconds(), OffsetDateTime.now(clock)).subscribe().with(claimed -> {
            claimed.forEach(this::deliver);
            schedule.end(claimed.size() == wanted ? 0 : config.pollInterval().toMillis());
        }, failure -> {
            Log.warnf("Outbox claim failed: %s", failure.toString());
            schedule.end(1000);
        });
    }

    private void deliver(ClaimedMessage message) {
        inFlight.incrementAndGet();
        attempt.run(message)
                .onTermination().invoke(() -> {
                    if (inFlight.decrementAndGet() < config.maxInFlight()) {
                        wake(); // room in the queue, and a fallback or a user's next row may be due now
                    }
                })
                .subscribe().with(done -> { }, e -> Log.errorf("Delivery of outbox message %d failed: %s",
                        message.id(), e.toString()));
    }

    /** Claims whose sender stopped answering become due again, and are looked at now. */
    private void reclaim() {
        store.reclaimExpired().subscribe().with(n -> {
            if (n > 0) {
                Log.warnf("Re-claimed %d outbox messages whose sender stopped", n);
                wake();
            }
        }, e -> Log.warnf("Outbox re-claim failed: %s", e.toString()));
    }

    /** Vert.x timers for the {@link DrainSchedule}. */
    private record VertxTimers(Vertx vertx) implements DrainSchedule.Timers {
        @Override
        public long set(long delayMillis, Runnable task) {
            return vertx.setTimer(delayMillis, id -> task.run());
        }

        @Override
        public void cancel(long id) {
            vertx.cancelTimer(id);
        }
    }
}
