package org.gridline.report;

import java.util.Set;

/**
 * Where a report stands, with what a resident reads. This feature files reports {@link #RECEIVED}; the work-order
 * lifecycle moves them on. Open means not yet resolved or closed (duplicates are looked for among open reports).
 */
public enum ReportStatus {
    RECEIVED("已受理"),
    DISPATCHED("已派单"),
    ACCEPTED("已签收"),
    HANDLING("处置中"),
    SUSPENDED("已挂起"),
    RESOLVED("已办结"),
    CLOSED("已关闭");

    /** The statuses that end a report. */
    public static final Set<ReportStatus> FINAL = Set.of(RESOLVED, CLOSED);

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return !FINAL.contains(this);
    }
}
