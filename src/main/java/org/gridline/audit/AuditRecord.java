package org.gridline.audit;

import org.gridline.auth.Caller;

/**
 * What an audit entry says, before it is written: who (username and role), the request (method, route template,
 * what it named), the status answered, a detail (a refusal's code, an export's filter) and an export's row count.
 * Texts longer than their column are cut.
 */
public record AuditRecord(AuditKind kind, String actor, String role, String method, String route, String target,
                          Integer status, String detail, Long rows) {
    public AuditRecord {
        actor = cut(actor == null ? "?" : actor, 128);
        role = cut(role, 16);
        method = cut(method, 8);
        route = cut(route, 300);
        target = cut(target, 300);
        detail = cut(detail, 2000);
    }

    /** A request that changes something. */
    public static AuditRecord action(String actor, String role, String method, String route, String target,
                                     int status) {
        return new AuditRecord(AuditKind.ACTION, actor, role, method, route, target, status, null, null);
    }

    /** A CSV export: the route, its filter as a query string and the rows it gave. */
    public static AuditRecord export(Caller caller, String route, String filter, long rows, int status) {
        return new AuditRecord(AuditKind.EXPORT, caller.username(), caller.role().name(), "GET", route, null, status,
                filter, rows);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
