package org.gridline.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Pauses the whole delivery worker while the platform fails everything, so one outage does not spend every row's
 * retries: after {@code threshold} transient failures in a row (and no answer in between) it opens, and the worker
 * claims nothing; when the open period ends it lets one message through as a probe (half-open). A probe that fails
 * opens it again for twice as long (up to {@code maxOpen}); any answer from the platform that is not a transient
 * failure (a success, or an errcode about the message itself) closes it. Thread-safe.
 */
final class CircuitBreaker {
    enum State { CLOSED, OPEN, HALF_OPEN }

    private final int threshold;
    private final Duration minOpen;
    private final Duration maxOpen;
    private final Clock clock;
    private State state = State.CLOSED;
    private int failuresInARow;
    private Duration openFor;
    private Instant probeAt = Instant.MIN;

    CircuitBreaker(int threshold, Duration minOpen, Duration maxOpen, Clock clock) {
        if (threshold < 1 || minOpen.isNegative() || minOpen.isZero() || maxOpen.compareTo(minOpen) < 0) {
            throw new IllegalArgumentException("need threshold >= 1 and 0 < minOpen <= maxOpen");
        }
        this.threshold = threshold;
        this.minOpen = minOpen;
        this.maxOpen = maxOpen;
        this.clock = clock;
        this.openFor = minOpen;
    }

    /** How many of {@code wanted} messages may be claimed now, with {@code inFlight} sends still under way. */
    synchronized int permits(int wanted, int inFlight) {
        if (state == State.OPEN && !clock.instant().isBefore(probeAt)) {
            state = State.HALF_OPEN;
        }
        return switch (state) {
            case CLOSED -> wanted;
            case OPEN -> 0;
            case HALF_OPEN -> inFlight == 0 ? Math.min(1, wanted) : 0;
        };
    }

    /** The platform answered (sent, or refused the message for a reason of its own): it is up. */
    synchronized boolean answered() {
        boolean wasOpen = state != State.CLOSED;
        state = State.CLOSED;
        failuresInARow = 0;
        openFor = minOpen;
        return wasOpen;
    }

    /** A transient failure (5xx, -1, timeout, no connection). True if this failure opened the breaker. */
    synchronized boolean failed() {
        if (state == State.HALF_OPEN) {
            openFor = openFor.multipliedBy(2).compareTo(maxOpen) > 0 ? maxOpen : openFor.multipliedBy(2);
            open();
            return false;
        }
        if (state == State.CLOSED && ++failuresInARow >= threshold) {
            open();
            return true;
        }
        return false;
    }

    synchronized State state() {
        return state;
    }

    /** How long until a probe may go (zero when it may go now or the breaker is closed). */
    synchronized Duration untilProbe() {
        Duration left = Duration.between(clock.instant(), probeAt);
        return state != State.OPEN || left.isNegative() ? Duration.ZERO : left;
    }

    private void open() {
        state = State.OPEN;
        probeAt = clock.instant().plus(openFor);
    }
}
