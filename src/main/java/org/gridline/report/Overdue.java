package org.gridline.report;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Whether a report is overdue (超期) at a moment: someone still has to act (not resolved, closed or cancelled), it has
 * a deadline, and the deadline has passed. While suspended (挂起) its clock stands still, so a suspended report is
 * overdue only if it was suspended after its deadline had passed. {@link ReportFilter} asks the same in its query.
 */
public final class Overdue {
    private Overdue() {
    }

    public static boolean at(Instant now, ReportStatus status, OffsetDateTime deadline, OffsetDateTime suspendedAt) {
        if (!status.isOpen() || deadline == null) {
            return false;
        }
        if (status == ReportStatus.SUSPENDED) {
            return suspendedAt != null && deadline.isBefore(suspendedAt);
        }
        return deadline.toInstant().isBefore(now);
    }
}
