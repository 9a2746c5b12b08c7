package org.gridline.report;

import java.time.OffsetDateTime;

/**
 * A report just filed and where it went, all that the resident's reply says of it.
 *
 * @param category   the category's name
 * @param grid       the grid's name, null when the report has no grid
 * @param assignee   the worker's name, null when it waits in the street's queue
 * @param leaderTold an emergency: the grid's leader got a copy of the order too
 * @param noPhone    the resident left no phone number
 */
public record Filed(String number, String category, String grid, String assignee, OffsetDateTime deadline,
                    boolean emergency, boolean leaderTold, boolean noPhone) {
    static Filed of(Report r, String category, Dispatched d) {
        return new Filed(r.number, category, d.grid(), d.assignee(), d.deadline(), r.emergency, d.leaderTold(),
                r.contactPhone == null);
    }

    /** Where it went, as a dispatch. */
    public Dispatched dispatch() {
        return new Dispatched(grid, assignee, deadline, leaderTold);
    }
}
