package org.gridline.report.workorder;

import org.gridline.report.ReportStatus;

/** An accepted change of state; the service stores it and appends it to the report's timeline. */
public record Transition(ReportStatus from, ReportStatus to, Action action) {
}
