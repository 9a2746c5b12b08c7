package org.gridline.audit;

/** What an audit entry records, with the word the audit page shows. */
public enum AuditKind {
    /** A request that changes something (POST, PUT, PATCH, DELETE) by a staff member, whatever its outcome. */
    ACTION("操作"),
    LOGIN("登录"),
    LOGIN_FAILED("登录失败"),
    /** A CSV export: its filter and how many rows it gave. */
    EXPORT("导出");

    private final String label;

    AuditKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
