package org.gridline.notify;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * When a {@link DeliveryAction#BACK_OFF_QUOTA} pause ends. The platform counts daily quotas (45009) per calendar day
 * in China time and resets them at midnight; the per-minute limit (45011, "retry next minute") at the next minute.
 * Sending before that only burns calls that fail the same way.
 */
public final class QuotaReset {
    /** The time zone the platform's daily quotas follow. */
    public static final ZoneId PLATFORM_ZONE = ZoneId.of("Asia/Shanghai");

    private QuotaReset() {
    }

    /** The first instant at which a call that failed with {@code errcode} at {@code now} may succeed again. */
    public static Instant resumeAt(int errcode, Instant now) {
        return switch (errcode) {
            case 45009 -> now.atZone(PLATFORM_ZONE).toLocalDate().plusDays(1).atStartOfDay(PLATFORM_ZONE).toInstant();
            case 45011 -> now.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
            default -> throw new IllegalArgumentException("not a quota errcode: " + errcode);
        };
    }
}
