package org.gridline.report;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * How a report stands against its deadline, as the queue shows it: {@link #RED} when {@link Overdue} says so,
 * {@link #AMBER} once {@value #AMBER_FRACTION} of the time allowed is used (when 催办 falls due, the work order's
 * {@code EscalationStep.REMINDER}), {@link #GREEN} before; {@link #NONE} for a report nobody has to act on or without
 * a deadline. A suspended report's clock stands at its suspension.
 */
public enum DeadlineBadge {
    GREEN("正常"), AMBER("即将超期"), RED("已超期"), NONE("");

    /** The share of the time allowed after which a report turns amber. */
    public static final double AMBER_FRACTION = 0.75;

    private final String label;

    DeadlineBadge(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The badge at {@code now} of a report whose clock started at {@code clockStartedAt}. */
    public static DeadlineBadge at(Instant now, ReportStatus status, OffsetDateTime clockStartedAt,
                                   OffsetDateTime deadline, OffsetDateTime suspendedAt) {
        if (!status.isOpen() || deadline == null) {
            return NONE;
        }
        if (Overdue.at(now, status, deadline, suspendedAt)) {
            return RED;
        }
        Instant clock = status == ReportStatus.SUSPENDED && suspendedAt != null ? suspendedAt.toInstant() : now;
        if (clockStartedAt == null) {
            return GREEN;
        }
        long allowed = deadline.toInstant().toEpochMilli() - clockStartedAt.toInstant().toEpochMilli();
        Instant amberAt = clockStartedAt.toInstant().plusMillis(Math.round(allowed * AMBER_FRACTION));
        return clock.isBefore(amberAt) ? GREEN : AMBER;
    }
}
