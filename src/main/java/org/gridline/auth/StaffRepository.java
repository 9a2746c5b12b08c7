package org.gridline.auth;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.platform.db.Sql;

import java.util.Optional;

/**
 * The custom queries of {@code staff_account} (the entity {@link StaffAccount} covers the rest): what a request's token
 * check reads, and the first administrator's idempotent insert. Through {@link Sql}, on the caller's reactive session
 * when there is one (the token check runs before any; each statement then has a session of its own).
 */
@ApplicationScoped
class StaffRepository {
    private static final String TOKEN_STATE = "SELECT token_version, disabled FROM staff_account WHERE username = ?1";
    private static final String COUNT = "SELECT count(*) FROM staff_account WHERE username = ?1";
    private static final String INSERT_ADMIN = """
            INSERT INTO staff_account (username, password_hash, role) VALUES (?1, ?2, 'ADMIN')
            ON CONFLICT (username) DO NOTHING""";

    /** An account's token version and disabled flag. */
    record TokenState(int version, boolean disabled) {
    }

    private final Sql sql;

    StaffRepository(Sql sql) {
        this.sql = sql;
    }

    /** The account's token state; empty when there is no such account. */
    Uni<Optional<TokenState>> tokenState(String username) {
        return sql.rows(TOKEN_STATE, username).map(rows -> rows.stream().findFirst()
                .map(row -> new TokenState(((Number) row[0]).intValue(), (Boolean) row[1])));
    }

    Uni<Boolean> exists(String username) {
        return sql.rows(COUNT, username).map(rows -> ((Number) rows.get(0)[0]).longValue() > 0);
    }

    /** Creates the account as an ADMIN unless it exists; whether this call created it. */
    Uni<Boolean> insertAdmin(String username, String passwordHash) {
        return sql.update(INSERT_ADMIN, username, passwordHash).map(inserted -> inserted == 1);
    }
}
