package org.gridline.notify;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.function.BooleanSupplier;

/**
 * One attempt at a claimed message: what is known locally, the paced platform call, and what the {@link ErrorPolicy}
 * decides about the answer, recorded in the outbox. Transient failures are retried with backoff for the message's
 * {@link UsefulLife}; the {@link CircuitBreaker} hears every answer, and while it is open a failure spends no attempt.
 *
 * <p>Fallbacks: a customer-service reply whose 48 h window has closed becomes its subscribe-message fallback if the
 * user has a subscription left for it, else waits HELD until the user writes. A subscribe message that cannot be sent
 * (no subscription left, or 43101) becomes its customer-service fallback, due at once, which then goes the
 * customer-service way (sent, or HELD while the window is closed); without a fallback it is SKIPPED.
 */
final class DeliveryAttempt {
    private final OutboxStore store;
    private final PlatformClient client;
    private final DeliveryMetrics metrics;
    private final DeliveryConfig config;
    private final Clock clock;
    private final Pacer pacer;
    private final CircuitBreaker breaker;
    /** False once the worker stops: a call still waiting for the rate limit gives its row back instead. */
    private final BooleanSupplier running;
    private final ErrorPolicy policy = new ErrorPolicy();
    private final Backoff backoff;
    private final UsefulLife life;

    DeliveryAttempt(OutboxStore store, PlatformClient client, DeliveryMetrics metrics, DeliveryConfig config,
                    Clock clock, Pacer pacer, CircuitBreaker breaker, BooleanSupplier running) {
        this.store = store;
        this.client = client;
        this.metrics = metrics;
        this.config = config;
        this.clock = clock;
        this.pacer = pacer;
        this.breaker = breaker;
        this.running = running;
        // no attempt budget: the useful life decides when to give up (ErrorPolicy)
        this.backoff = new Backoff(config.backoffBase(), config.backoffCap(), Integer.MAX_VALUE, new SecureRandom());
        this.life = new UsefulLife(config.replyWindow(), config.noticeLife());
    }

    Uni<Void> run(ClaimedMessage m) {
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
        return pacer.next().chain(() -> running.getAsBoolean()
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
            case DEAD_LETTER -> deadLetter(m, errcode, error);
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

    private Uni<Void> deadLetter(ClaimedMessage m, Integer errcode, String error) {
        return store.finish(m.id(), OutboxStatus.DEAD, errcode, error).invoke(() -> {
            metrics.deadLettered();
            Log.warnf("Outbox message %d is a dead letter: %s", m.id(), error);
        });
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

    private static String describe(PlatformOutcome outcome) {
        if (outcome instanceof PlatformOutcome.Answered a) {
            return "HTTP " + a.httpStatus()
                    + (a.errcode() == null ? "" : ", errcode " + a.errcode() + ": " + a.errmsg());
        }
        PlatformOutcome.TransportFailure f = (PlatformOutcome.TransportFailure) outcome;
        return f.kind() + ": " + f.detail();
    }
}
