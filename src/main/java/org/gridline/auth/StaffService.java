package org.gridline.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.grid.GridDirectory;
import org.gridline.platform.Offload;
import org.gridline.platform.error.DomainException;

import java.time.Clock;
import java.time.OffsetDateTime;

/** Staff logins: checking a password (bounded attempts), issuing a token, creating a login. */
@ApplicationScoped
public class StaffService {
    /** Checked when the username is unknown, so that unknown and known names take the same time. */
    private static final String NO_SUCH_USER_HASH = BcryptUtil.bcryptHash("no such user, no such password");

    private final TokenIssuer tokens;
    private final GridDirectory grids;
    private final Clock clock;
    private final LoginThrottle throttle;

    public StaffService(TokenIssuer tokens, GridDirectory grids, Clock clock, AuthConfig config) {
        this.tokens = tokens;
        this.grids = grids;
        this.clock = clock;
        this.throttle = new LoginThrottle(config.maxFailedLoginsPerMinute());
    }

    /** A token for the username and password, or 401 (bad credentials) or 429 (too many failures this minute). */
    public Uni<AccessToken> login(Credentials credentials) {
        String username = credentials.username().strip();
        if (!throttle.allows(username, clock.instant())) {
            Log.warnf("Login refused for %s: too many failed attempts in the last minute", username);
            return Uni.createFrom().failure(new DomainException(429, "too-many-attempts",
                    "Too many failed logins for this user; wait a minute and try again"));
        }
        return find(username).chain(account -> Offload.blocking(() -> matches(credentials.password(), account))
                .map(ok -> ok ? issue(account) : refuse(username)));
    }

    @WithTransaction
    public Uni<StaffView> create(NewStaff staff) {
        requireGridRule(staff);
        return StaffAccount.<StaffAccount>findById(staff.username())
                .invoke(existing -> {
                    if (existing != null) {
                        throw DomainException.badRequest("duplicate-username", "A login named " + staff.username() + " exists");
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
                .invoke(a -> Log.infof("Staff login %s (%s%s) created", a.username, a.role,
                        a.gridCode == null ? "" : ", grid " + a.gridCode));
    }

    private static void requireGridRule(NewStaff staff) {
        if (staff.role() == Role.LEADER && (staff.gridCode() == null || staff.gridCode().isBlank())) {
            throw DomainException.badRequest("grid-required", "A LEADER login needs the gridCode of its grid");
        }
        if (staff.role() == Role.ADMIN && staff.gridCode() != null) {
            throw DomainException.badRequest("grid-not-allowed", "An ADMIN login belongs to no grid: leave gridCode out");
        }
    }

    private static boolean matches(String password, StaffAccount account) {
        boolean ok = BcryptUtil.matches(password, account == null ? NO_SUCH_USER_HASH : account.passwordHash);
        return ok && account != null;
    }

    private AccessToken issue(StaffAccount account) {
        throttle.succeeded(account.username);
        return tokens.issue(account);
    }

    private AccessToken refuse(String username) {
        throttle.failed(username, clock.instant());
        Log.infof("Failed login for %s", username);
        throw new DomainException(401, "bad-credentials", "Unknown username or wrong password");
    }
}
