package org.gridline.audit;

import java.time.OffsetDateTime;

/** An audit entry as the API and the audit page show it. */
public record AuditView(long id, OffsetDateTime at, AuditKind kind, String kindLabel, String actor, String role,
                        String method, String route, String target, Integer status, String detail, Long rows) {
    static AuditView of(AuditEntry e) {
        return new AuditView(e.id, e.at, e.kind, e.kind.label(), e.actor, e.role, e.method, e.route, e.target,
                e.status, e.detail, e.rows);
    }
}
