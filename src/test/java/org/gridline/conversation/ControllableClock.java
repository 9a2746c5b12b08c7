package org.gridline.conversation;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service clock under {@link ControllableClockProfile}: starts two hours behind real time (so that rows written
 * "now" are due for the database's own now()) and moves only when told to.
 */
@Alternative
@Singleton
public class ControllableClock extends Clock {
    private volatile Instant now = Instant.now().minus(Duration.ofHours(2));

    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
