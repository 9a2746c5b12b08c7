package org.gridline.conversation;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import org.gridline.testing.MutableClock;

import java.time.Duration;
import java.time.Instant;

/**
 * The service clock under {@link ControllableClockProfile}: a {@link MutableClock} as a bean, starting two hours behind
 * real time (so that rows written "now" are due for the database's own now()) and moving only when told to.
 */
@Alternative
@Singleton
public class ControllableClock extends MutableClock {
    public ControllableClock() {
        super(Instant.now().minus(Duration.ofHours(2)));
    }
}
