package org.gridline.auth;

import io.smallrye.mutiny.Uni;

/**
 * Where every login and failed login is recorded (the audit feature implements it, so auth does not depend on it: the
 * audit log reads {@link Caller} and {@link Role} from here). Recording never fails the login.
 */
public interface LoginAudit {
    Uni<Void> attempted(LoginAttempt attempt);
}
