package org.gridline.auth;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each account's current token version and disabled flag, as every request checks them. Read from the database and
 * kept for {@code token-version-cache-ttl}; a change made on this instance replaces the kept copy at once (and a
 * higher version always wins over a load that raced with it), so disabling or a password change refuses the old
 * tokens here on the next request. Other instances see it when their copy expires: within the TTL.
 */
@ApplicationScoped
public class TokenVersions {
    private static final int MAX_KEPT = 10_000;

    /** What a token must match; {@code version} −1 for an account that does not exist. */
    public record State(int version, boolean disabled, Instant seen) {
        boolean accepts(long tokenVersion) {
            return !disabled && version >= 0 && version == tokenVersion;
        }
    }

    private final StaffRepository staff;
    private final Clock clock;
    private final AuthConfig config;
    private final Map<String, State> kept = new ConcurrentHashMap<>();

    public TokenVersions(StaffRepository staff, Clock clock, AuthConfig config) {
        this.staff = staff;
        this.clock = clock;
        this.config = config;
    }

    /** Whether a token of this username and version is still good. */
    public Uni<Boolean> accepts(String username, long tokenVersion) {
        State state = kept.get(username);
        if (state != null && fresh(state)) {
            return Uni.createFrom().item(state.accepts(tokenVersion));
        }
        return staff.tokenState(username).map(found -> {
            State loaded = found.map(s -> new State(s.version(), s.disabled(), clock.instant()))
                    .orElseGet(() -> new State(-1, true, clock.instant()));
            return keep(username, loaded).accepts(tokenVersion);
        });
    }

    /** A change made here: applies to this instance's checks at once. */
    void changed(StaffAccount account) {
        keep(account.username, new State(account.tokenVersion, account.disabled, clock.instant()));
    }

    private State keep(String username, State state) {
        if (kept.size() > MAX_KEPT) {
            kept.values().removeIf(s -> !fresh(s));
        }
        return kept.merge(username, state, (old, now) -> fresh(old) && old.version() > now.version() ? old : now);
    }

    private boolean fresh(State state) {
        return state.seen().plus(config.tokenVersionCacheTtl()).isAfter(clock.instant());
    }
}
