package org.gridline.auth;

/** A staff login as the API shows it (never its password hash). */
public record StaffView(String username, Role role, String gridCode, boolean disabled) {
    static StaffView of(StaffAccount account) {
        return new StaffView(account.username, account.role, account.gridCode, account.disabled);
    }
}
