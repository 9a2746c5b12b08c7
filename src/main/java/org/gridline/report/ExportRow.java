package org.gridline.report;

import java.time.OffsetDateTime;

/**
 * A report as the CSV export reads it: its row and, from the timeline, when it changed state (the first 派单 and
 * 签收, the last 办结, 关闭 and 作废). Null where it never happened.
 */
public record ExportRow(String number, String category, String grid, ReportStatus status, int level,
                        OffsetDateTime filedAt, OffsetDateTime dispatchedAt, OffsetDateTime acceptedAt,
                        OffsetDateTime resolvedAt, OffsetDateTime closedAt, OffsetDateTime cancelledAt,
                        OffsetDateTime deadline, OffsetDateTime suspendedAt, String assignee, String department,
                        Rating rating, Double latitude, Double longitude, String description) {
}
