package org.gridline.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of the service. Deadlines, reminders and expiries read time only from an injected {@link Clock}, so
 * tests replace this bean with a controllable clock instead of sleeping.
 */
@ApplicationScoped
public class ClockProducer {
    /** Grid governance runs on Beijing time; report numbers and "today" follow it. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZONE);
    }
}
