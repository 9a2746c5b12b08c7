package org.gridline.report;

import java.time.Instant;

/**
 * What the KPIs need to know of one report.
 *
 * @param resolvedAt when it was last resolved (办结), null while not resolved
 * @param deadline   null while the report has none (not yet dispatched): it can then be neither late nor overdue
 * @param rating     the resident's rating, null when unrated
 * @param closed     closed (rated or after the rating window)
 * @param cancelled  作废: a duplicate or invalid report, left out of every figure
 */
public record ReportFact(Instant filedAt, Instant resolvedAt, Instant deadline, Rating rating, boolean closed,
                         boolean cancelled) {

    public boolean resolved() {
        return resolvedAt != null;
    }

    public boolean resolvedOnTime() {
        return resolved() && (deadline == null || !resolvedAt.isAfter(deadline));
    }

    /** Still waiting for someone to act, and past its deadline at {@code now}. */
    public boolean openAndOverdue(Instant now) {
        return !resolved() && !closed && !cancelled && deadline != null && now.isAfter(deadline);
    }
}
