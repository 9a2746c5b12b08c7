package org.gridline.report;

import java.util.Set;

/**
 * Where a report stands, with what a resident reads. Reports are filed {@link #RECEIVED}; the work-order lifecycle
 * ({@code report.workorder.Lifecycle}) moves them on. Open means someone still has to act: neither resolved nor ended
 * (duplicates are looked for among open reports); a resolved report may still be reopened by a 不满意 rating.
 */
public enum ReportStatus {
    RECEIVED("已受理"),
    DISPATCHED("已派单"),
    ACCEPTED("已签收"),
    SUSPENDED("已挂起"),
    RESOLVED("已办结"),
    CLOSED("已关闭"),
    RETURNED("已退回"),
    CANCELLED("已作废"),
    REOPENED("重办中");

    /** The statuses in which nobody has to act (resolved, or ended). */
    public static final Set<ReportStatus> FINAL = Set.of(RESOLVED, CLOSED, CANCELLED);
    /** The statuses a report never leaves. */
    public static final Set<ReportStatus> TERMINAL = Set.of(CLOSED, CANCELLED);

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
