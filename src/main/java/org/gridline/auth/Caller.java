package org.gridline.auth;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.gridline.platform.error.DomainException;

/** The staff member behind a request, as the verified token says: who, which role, and (for a leader) which grid. */
public record Caller(String username, Role role, String gridCode) {
    /** The token claim that carries a leader's grid code. */
    public static final String GRID_CLAIM = "grid";
    /**
     * The token claim that carries the account's token version when the token was issued (see {@link TokenVersions}).
     */
    public static final String VERSION_CLAIM = "tv";

    public static Caller of(JsonWebToken token) {
        Role role = token.getGroups().contains(Role.Names.ADMIN) ? Role.ADMIN : Role.LEADER;
        return new Caller(token.getName(), role, token.getClaim(GRID_CLAIM));
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Whether this caller is staff of the grid: an administrator, or the grid's own leader. */
    public boolean isStaffOf(String grid) {
        return isAdmin() || (gridCode != null && gridCode.equals(grid));
    }

    /** @throws DomainException 403 unless this caller is staff of the grid */
    public void requireStaffOf(String grid) {
        if (!isStaffOf(grid)) {
            throw new DomainException(403, "not-your-grid", "A grid leader may act on their own grid only");
        }
    }
}
