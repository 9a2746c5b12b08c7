package org.gridline.report.workorder;

/** An accepted change of state; the service stores it and appends it to the report's timeline. */
public record Transition(WorkOrderStatus from, WorkOrderStatus to, Action action) {
}
