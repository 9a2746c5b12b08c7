package org.gridline.report;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One line of the staff queue: the report's number, category, grid, status, assignee (openid and name), when it was
 * filed, its deadline and how it stands against it ({@link DeadlineBadge}) at the moment of the answer.
 */
public record QueueRow(String number, String category, String categoryName, String grid, ReportStatus status,
                       int level, boolean emergency, String description, String assignee, String assigneeName,
                       OffsetDateTime createdAt, OffsetDateTime deadline, DeadlineBadge badge) {
    static QueueRow of(Report r, String categoryName, String assigneeName, Instant now) {
        return new QueueRow(r.number, r.categoryCode, categoryName, r.gridCode, r.status, r.level, r.emergency,
                r.description, r.assignee, assigneeName, r.createdAt, r.deadline,
                DeadlineBadge.at(now, r.status, r.clockStartedAt, r.deadline, r.suspendedAt));
    }
}
