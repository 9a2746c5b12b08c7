package org.gridline.notify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QuotaResetTest {

    @ParameterizedTest(name = "{0} failed at {1} → resume at {2}")
    @CsvSource({
        "45009, 2026-11-29T07:01:00Z,     2026-11-29T16:00:00Z",
        "45009, 2026-11-29T16:00:00Z,     2026-11-30T16:00:00Z",
        "45009, 2026-11-29T15:59:59Z,     2026-11-29T16:00:00Z",
        "45011, 2026-11-29T07:01:00Z,     2026-11-29T07:02:00Z",
        "45011, 2026-11-29T07:01:59.900Z, 2026-11-29T07:02:00Z",
    })
    void resumesWhenTheQuotaResets(int errcode, Instant failedAt, Instant resumeAt) {
        assertEquals(resumeAt, QuotaReset.resumeAt(errcode, failedAt));
    }

    @Test
    void onlyForQuotaErrcodes() {
        assertThrows(IllegalArgumentException.class, () -> QuotaReset.resumeAt(-1, Instant.EPOCH));
    }
}
