package org.gridline.report;

import java.time.OffsetDateTime;

/**
 * Where a report went when it was dispatched.
 *
 * @param grid       the grid's name, null when the report has no grid
 * @param assignee   the worker's name, null when it waits in the street's queue
 * @param leaderTold an emergency: the grid's leader got a copy of the order too
 */
public record Dispatched(String grid, String assignee, OffsetDateTime deadline, boolean leaderTold) {
    public Dispatched(String grid, String assignee, OffsetDateTime deadline) {
        this(grid, assignee, deadline, false);
    }

    public boolean queued() {
        return assignee == null;
    }
}
