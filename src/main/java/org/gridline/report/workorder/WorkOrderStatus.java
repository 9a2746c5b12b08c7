package org.gridline.report.workorder;

import org.gridline.report.ReportStatus;

import java.util.Optional;
import java.util.Set;

/**
 * The states of a work order as issue 7 defines them. Why a second enum: {@link ReportStatus} already exists and its
 * names and labels are reused here, but it lacks {@link #RETURNED}, {@link #CANCELLED} and {@link #REOPENED}, and this
 * package may not change existing files. This is a stand-in: once {@code ReportStatus} gains those three constants,
 * {@link Lifecycle} should switch to it and this enum should go. {@code ReportStatus.HANDLING} has no counterpart:
 * the lifecycle treats handling as part of {@link #ACCEPTED}.
 */
public enum WorkOrderStatus {
    RECEIVED("已受理"),
    DISPATCHED("已派单"),
    ACCEPTED("已签收"),
    SUSPENDED("已挂起"),
    RESOLVED("已办结"),
    CLOSED("已关闭"),
    RETURNED("已退回"),
    CANCELLED("已作废"),
    REOPENED("重办中");

    /** States a report never leaves. */
    public static final Set<WorkOrderStatus> TERMINAL = Set.of(CLOSED, CANCELLED);

    private final String label;

    WorkOrderStatus(String label) {
        this.label = label;
    }

    /** What a resident or worker reads, e.g. "已办结". */
    public String label() {
        return label;
    }

    /** Open = someone still has to act before the resident's rating: neither resolved nor ended. */
    public boolean isOpen() {
        return this != RESOLVED && !TERMINAL.contains(this);
    }

    /** The stored status of the same name, where {@code ReportStatus} has one yet. */
    public Optional<ReportStatus> reportStatus() {
        for (ReportStatus s : ReportStatus.values()) {
            if (s.name().equals(name())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
