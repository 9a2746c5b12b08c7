package org.gridline.report;

import org.gridline.report.Rating;
import org.gridline.report.ReportFact;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/** The columns of one report that the KPIs read, as {@link StatsQueries} selects them. */
public record StatsRow(String gridCode, ReportStatus status, OffsetDateTime createdAt, OffsetDateTime resolvedAt,
                       OffsetDateTime deadline, OffsetDateTime suspendedAt, Rating rating) {

    /**
     * What the KPIs know of the report at {@code now}. It counts as resolved only while RESOLVED or CLOSED (a reopened
     * report keeps its old resolved_at but is open again). While suspended (挂起) its clock stands still: on 恢复 the
     * deadline moves back by the time suspended, so at {@code now} it is already moved by now − suspendedAt.
     */
    public ReportFact fact(Instant now) {
        boolean done = status == ReportStatus.RESOLVED || status == ReportStatus.CLOSED;
        Instant due = instant(deadline);
        Instant suspended = status == ReportStatus.SUSPENDED ? instant(suspendedAt) : null;
        if (due != null && suspended != null && now.isAfter(suspended)) {
            due = due.plus(Duration.between(suspended, now));
        }
        return new ReportFact(createdAt.toInstant(), done ? instant(resolvedAt) : null, due, rating,
                status == ReportStatus.CLOSED, status == ReportStatus.CANCELLED);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
