package org.gridline.report.workorder;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The bodies of the staff actions on a report. */
public final class WorkOrderRequests {
    private WorkOrderRequests() {
    }

    /**
     * Dispatch by hand.
     *
     * @param grid     move the report to this grid first (street staff only); needed for a report without a grid
     * @param assignee openid of a worker or the leader of the grid; empty → the dispatch rule picks
     * @param note     why, for the timeline
     */
    public record Dispatch(@Size(max = 32) String grid, @Size(max = 128) String assignee,
            @Size(max = 500) String note) {
    }

    /** 作废: why the report is a duplicate or invalid (the resident reads it). */
    public record Cancel(@NotBlank @Size(max = 500) String reason) {
    }

    /** 改派 to another worker of the grid (empty: the dispatch rule picks someone else), with the reason. */
    public record Reassign(@Size(max = 128) String assignee, @NotBlank @Size(max = 500) String reason) {
    }

    /** 改类 to another category of the standard (its code), with the reason. */
    public record Reclassify(@NotBlank @Size(max = 16) String category, @NotBlank @Size(max = 300) String reason) {
    }
}
