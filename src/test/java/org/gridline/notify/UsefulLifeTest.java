package org.gridline.notify;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UsefulLifeTest {
    private final UsefulLife life = new UsefulLife(Duration.ofHours(48), Duration.ofHours(24));

    @ParameterizedTest(name = "{0} written {1}, user wrote {2}, deadline {3} → until {4}")
    @CsvSource({
        // a reply lives as long as the user's reply window
        "CUSTOM,    2026-12-03T08:00Z, 2026-12-03T07:59Z, ,                  2026-12-05T07:59Z",
        "CUSTOM,    2026-12-03T08:00Z, 2026-12-02T09:00Z, ,                  2026-12-04T09:00Z",
        // a reply to someone who never wrote (a worker's fallback): 48 h from when it was written
        "CUSTOM,    2026-12-03T08:00Z, ,                  ,                  2026-12-05T08:00Z",
        // a notice: its own deadline, else the default notice life
        "SUBSCRIBE, 2026-12-03T08:00Z, 2026-12-03T07:00Z, ,                  2026-12-04T08:00Z",
        "SUBSCRIBE, 2026-12-03T08:00Z, ,                  2026-12-03T20:00Z, 2026-12-03T20:00Z",
        "SUBSCRIBE, 2026-12-03T08:00Z, ,                  2026-12-10T08:00Z, 2026-12-10T08:00Z",
    })
    void theUsefulLifeOfAMessage(OutboxKind kind, OffsetDateTime created, OffsetDateTime lastWrote,
                                 OffsetDateTime deadline, OffsetDateTime until) {
        assertEquals(until.toInstant(), life.until(kind, created, lastWrote, deadline).toInstant());
    }
}
