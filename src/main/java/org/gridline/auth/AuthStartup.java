package org.gridline.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.gridline.platform.GridlineConfig;

import java.time.Duration;

/**
 * At start: loads the token signing keys and makes sure the first administrator {@code admin} exists. Safe on every
 * instance: the inserts are idempotent, and only the instance whose insert wins prints a generated password.
 */
@ApplicationScoped
public class AuthStartup {
    static final String ADMIN = "admin";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final SigningKeys keys;
    private final StaffRepository staff;
    private final AuthConfig auth;
    private final GridlineConfig gridline;

    public AuthStartup(SigningKeys keys, StaffRepository staff, AuthConfig auth, GridlineConfig gridline) {
        this.keys = keys;
        this.staff = staff;
        this.auth = auth;
        this.gridline = gridline;
    }

    void onStart(@Observes StartupEvent start) {
        keys.load().await().atMost(WAIT);
        if (adminExists()) {
            return;
        }
        AdminBootstrap.Decision decision = AdminBootstrap.decide(auth.adminPassword(),
                gridline.embeddedDatabase().active());
        if (decision.source() == AdminBootstrap.Source.REFUSED) {
            Log.error("No administrator exists and GRIDLINE_ADMIN_PASSWORD is not set: refusing to create a login "
                    + "without a password. Set GRIDLINE_ADMIN_PASSWORD and restart to create the administrator "
                    + "'admin'.");
            return;
        }
        if (!acceptable(decision)) {
            return;
        }
        createAdmin(decision);
    }

    /**
     * A configured password longer than bcrypt reads is refused; a weak one is used (it is the operator's) but warned
     * about.
     */
    private static boolean acceptable(AdminBootstrap.Decision decision) {
        var refusal = PasswordPolicy.refusal(ADMIN, decision.password());
        if (refusal.isEmpty()) {
            return true;
        }
        if (decision.password().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES) {
            Log.errorf("GRIDLINE_ADMIN_PASSWORD is refused: %s. No administrator is created; set a shorter one and "
                    + "restart",
                    refusal.get());
            return false;
        }
        Log.warnf("GRIDLINE_ADMIN_PASSWORD breaks the password rules (%s); change it after logging in "
                + "(POST /api/auth/password)", refusal.get());
        return true;
    }

    private boolean adminExists() {
        return staff.exists(ADMIN).await().atMost(WAIT);
    }

    private void createAdmin(AdminBootstrap.Decision decision) {
        String hash = BcryptUtil.bcryptHash(decision.password());
        if (!staff.insertAdmin(ADMIN, hash).await().atMost(WAIT)) {
            return;
        }
        if (decision.source() == AdminBootstrap.Source.GENERATED) {
            // Printed once, on purpose: the only copy of this password; only its hash is stored.
            Log.warnf("Created the administrator 'admin' with the generated password %s — it is shown only this once; "
                    + "log in at POST /api/auth/token and keep it safe (or set GRIDLINE_ADMIN_PASSWORD before the "
                    + "first start)",
                    decision.password());
        } else {
            Log.info("Created the administrator 'admin' with the password from GRIDLINE_ADMIN_PASSWORD");
        }
    }
}
