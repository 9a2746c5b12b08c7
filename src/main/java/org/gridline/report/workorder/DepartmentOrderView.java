package org.gridline.report.workorder;

import java.time.OffsetDateTime;

/** A department order (发令) as staff read it: to whom, by whom, what, when due, and when (and by whom) acknowledged. */
public record DepartmentOrderView(String department, String issuedBy, String note, OffsetDateTime issuedAt,
                                  OffsetDateTime dueAt, OffsetDateTime acknowledgedAt, String acknowledgedBy,
                                  OffsetDateTime escalatedAt) {
    static DepartmentOrderView of(DepartmentOrder o) {
        return new DepartmentOrderView(o.departmentCode, o.issuedBy, o.note, o.issuedAt, o.dueAt, o.acknowledgedAt,
                o.acknowledgedBy, o.escalatedAt);
    }
}
