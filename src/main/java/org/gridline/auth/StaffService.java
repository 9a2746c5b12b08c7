package org.gridline.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.platform.Offload;
import org.gridline.platform.error.DomainException;
import org.gridline.platform.error.RetryLaterException;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

/** Staff logins: checking a password (throttled), issuing a token, creating a login, changing one's own password. */
@ApplicationScoped
public class StaffService {
    /** Checked when the username is unknown, so that unknown and known names take the same time. */
    private static final String NO_SUCH_USER_HASH = BcryptUtil.bcryptHash("no such user, no such password");

    private final TokenIssuer tokens;
    private final GridCodes grids;
    private final Clock clock;
    private final TokenVersions versions;
    private final LoginThrottle throttle;
    private final LoginAudit logins;

    public StaffService(TokenIssuer tokens, GridCodes grids, Clock clock, AuthConfig config, TokenVersions versions,
                        LoginAudit logins) {
        this.tokens = tokens;
        this.grids = grids;
        this.clock = clock;
        this.versions = versions;
        this.logins = logins;
        this.throttle = new LoginThrottle(config.loginFreeFailures(), config.loginMaxDelay(),
                config.loginUsernameMaxDelay(), config.loginForgetAfter());
    }

    /**
     * A token for the username and password from that client address: 401 (bad credentials), 403 (login disabled) or
     * 429 with the wait (too many failures from this address, or for this username from this address). Every
     * outcome is recorded in the audit log ({@link LoginAudit}).
     */
    public Uni<AccessToken> login(Credentials credentials, String client) {
        String username = credentials.username().strip();
        return throttled(client, username).chain(() -> find(username))
                .chain(account -> Offload.blocking(() -> matches(credentials.password(), account))
                        .map(ok -> ok ? issue(client, account) : refuse(client, username))
                        .call(token -> logins.attempted(LoginAttempt.succeeded(username, account.role))))
                .onFailure(DomainException.class).call(e -> logins.attempted(LoginAttempt.refused(username,
                        (DomainException) e)));
    }

    /**
     * The caller's own password change: needs the current password (a wrong one counts as a failed login), bumps the
     * token version so every other token of the account stops working, and answers a new token.
     */
    @WithTransaction
    public Uni<AccessToken> changeOwnPassword(String username, PasswordChange change, String client) {
        return Uni.createFrom().voidItem().invoke(() -> requireAcceptable(username, change.newPassword()))
                .chain(() -> throttled(client, username)).chain(() -> StaffAccount.<StaffAccount>findById(username))
                .chain(account -> Offload.blocking(() -> matches(change.currentPassword(), account)).chain(ok -> {
                    if (!ok) {
                        throttle.failed(client, username, clock.instant());
                        Log.infof("Staff audit: %s gave a wrong current password to change it (client %s)", username,
                                client);
                        throw new DomainException(403, "wrong-password", "The current password is wrong");
                    }
                    return Offload.blocking(() -> BcryptUtil.bcryptHash(change.newPassword()));
                }).map(hash -> {
                    account.passwordHash = hash;
                    account.revokeTokens();
                    versions.changed(account);
                    Log.infof("Staff audit: %s changed their own password; their earlier tokens are revoked", username);
                    return tokens.issue(account);
                }));
    }

    /** @throws DomainException 400 {@code weak-password} with the reason, unless the policy accepts the password */
    static void requireAcceptable(String username, String password) {
        PasswordPolicy.refusal(username, password).ifPresent(reason -> {
            throw DomainException.badRequest("weak-password", reason);
        });
    }

    private Uni<Void> throttled(String client, String username) {
        Duration wait = throttle.waitFor(client, username, clock.instant());
        if (wait.isZero()) {
            return Uni.createFrom().voidItem();
        }
        Log.infof("Login for %s from %s refused for %d s: earlier failures", username, client, wait.toSeconds() + 1);
        return Uni.createFrom().failure(new RetryLaterException(429, "too-many-attempts",
                "Too many failed logins; wait as Retry-After says and try again", wait));
    }

    @WithTransaction
    public Uni<StaffView> create(NewStaff staff) {
        requireGridRule(staff);
        requireAcceptable(staff.username(), staff.password());
        return StaffAccount.<StaffAccount>findById(staff.username())
                .invoke(existing -> {
                    if (existing != null) {
                        throw DomainException.badRequest("duplicate-username", "A login named " + staff.username()
                                + " exists");
                    }
                })
                .chain(() -> staff.gridCode() == null ? Uni.createFrom().item(true) : grids.exists(staff.gridCode()))
                .invoke(known -> {
                    if (!known) {
                        throw DomainException.badRequest("unknown-grid", "No grid has the code " + staff.gridCode());
                    }
                })
                .chain(() -> Offload.blocking(() -> BcryptUtil.bcryptHash(staff.password())))
                .chain(hash -> persist(staff, hash))
                .map(StaffView::of);
    }

    @WithSession
    Uni<StaffAccount> find(String username) {
        return StaffAccount.findById(username);
    }

    private Uni<StaffAccount> persist(NewStaff staff, String hash) {
        StaffAccount account = new StaffAccount();
        account.username = staff.username();
        account.passwordHash = hash;
        account.role = staff.role();
        account.gridCode = staff.gridCode();
        account.createdAt = OffsetDateTime.now(clock);
        return account.<StaffAccount>persistAndFlush()
                .invoke(a -> Log.infof("Staff audit: login %s (%s%s) created", a.username, a.role,
                        a.gridCode == null ? "" : ", grid " + a.gridCode));
    }

    private static void requireGridRule(NewStaff staff) {
        if (staff.role() == Role.LEADER && (staff.gridCode() == null || staff.gridCode().isBlank())) {
            throw DomainException.badRequest("grid-required", "A LEADER login needs the gridCode of its grid");
        }
        if (staff.role() == Role.ADMIN && staff.gridCode() != null) {
            throw DomainException.badRequest("grid-not-allowed",
                    "An ADMIN login belongs to no grid: leave gridCode out");
        }
    }

    static boolean matches(String password, StaffAccount account) {
        boolean ok = BcryptUtil.matches(password, account == null ? NO_SUCH_USER_HASH : account.passwordHash);
        return ok && account != null;
    }

    private AccessToken issue(String client, StaffAccount account) {
        throttle.succeeded(client, account.username);
        if (account.disabled) {
            Log.infof("Staff audit: login of the disabled %s refused (client %s)", account.username, client);
            throw new DomainException(403, "login-disabled", "This login is disabled; ask an administrator");
        }
        return tokens.issue(account);
    }

    private AccessToken refuse(String client, String username) {
        throttle.failed(client, username, clock.instant());
        Log.infof("Failed login for %s from %s", username, client);
        throw new DomainException(401, "bad-credentials", "Unknown username or wrong password");
    }
}
