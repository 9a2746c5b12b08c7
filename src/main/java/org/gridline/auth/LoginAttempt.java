package org.gridline.auth;

import org.gridline.platform.error.DomainException;

/**
 * One login, as the audit log keeps it: the username given, the account's role when it succeeded, the HTTP status
 * answered and, for a refusal, its code ({@code bad-credentials}, {@code login-disabled}, {@code too-many-attempts}).
 */
public record LoginAttempt(String username, Role role, int status, String refusal) {
    public static LoginAttempt succeeded(String username, Role role) {
        return new LoginAttempt(username, role, 200, null);
    }

    public static LoginAttempt refused(String username, DomainException refusal) {
        return new LoginAttempt(username, null, refusal.status(), refusal.code());
    }

    public boolean succeeded() {
        return refusal == null;
    }
}
