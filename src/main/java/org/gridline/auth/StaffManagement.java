package org.gridline.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.platform.Offload;
import org.gridline.platform.error.DomainException;

import java.util.List;

/**
 * An administrator's management of staff logins: list, disable and enable, reset a password. Each change bumps the
 * account's token version, so the tokens issued before it are refused from the next request on; each is logged as a
 * {@code Staff audit} line naming who did what to whom (never a password).
 */
@ApplicationScoped
public class StaffManagement {
    private final TokenVersions versions;

    public StaffManagement(TokenVersions versions) {
        this.versions = versions;
    }

    @WithSession
    public Uni<List<StaffView>> list() {
        return StaffAccount.<StaffAccount>listAll(io.quarkus.panache.common.Sort.by("username"))
                .map(accounts -> accounts.stream().map(StaffView::of).toList());
    }

    /** Disables or enables the login; an administrator cannot disable their own. */
    @WithTransaction
    public Uni<StaffView> setDisabled(String username, boolean disabled, Caller by) {
        if (disabled && username.equals(by.username())) {
            return Uni.createFrom().failure(DomainException.conflict("own-login", "You cannot disable your own login"));
        }
        return account(username).map(account -> {
            account.disabled = disabled;
            account.revokeTokens();
            versions.changed(account);
            Log.infof("Staff audit: %s %s the login %s; its tokens are revoked", by.username(),
                    disabled ? "disabled" : "enabled", username);
            return StaffView.of(account);
        });
    }

    /** Sets the given password, or a generated one that is answered this once; revokes the account's tokens. */
    @WithTransaction
    public Uni<PasswordReset> resetPassword(String username, String password, Caller by) {
        String chosen = password == null ? AdminBootstrap.generate() : password;
        return Uni.createFrom().voidItem().invoke(() -> StaffService.requireAcceptable(username, chosen))
                .chain(() -> account(username))
                .chain(account -> Offload.blocking(() -> BcryptUtil.bcryptHash(chosen)).map(hash -> {
            account.passwordHash = hash;
            account.revokeTokens();
            versions.changed(account);
            Log.infof("Staff audit: %s reset the password of %s (%s); its tokens are revoked", by.username(), username,
                    password == null ? "generated" : "chosen by the administrator");
            return new PasswordReset(username, password == null ? chosen : null);
        }));
    }

    private static Uni<StaffAccount> account(String username) {
        return StaffAccount.<StaffAccount>findById(username).onItem().ifNull()
                .failWith(() -> DomainException.notFound("no-such-login", "No staff login is named " + username));
    }
}
