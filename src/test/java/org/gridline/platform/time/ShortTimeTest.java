package org.gridline.platform.time;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A moment as a chat message shows it, in Beijing time; a missing one reads 未设定. */
class ShortTimeTest {
    @Test
    void dayAndMinuteInBeijingTime() {
        assertEquals("11月30日 18:00", ShortTime.of(OffsetDateTime.parse("2026-11-30T10:00:00Z")));
        assertEquals("12月1日 07:05", ShortTime.of(Instant.parse("2026-11-30T23:05:00Z")));
    }

    @Test
    void aMissingMomentIsNotSet() {
        assertEquals("未设定", ShortTime.of((OffsetDateTime) null));
        assertEquals("未设定", ShortTime.of((Instant) null));
    }
}
