package org.gridline.auth;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.platform.db.Sql;

import java.util.Optional;

/** The rows of {@code signing_key}, the token key pairs kept in the database (see {@link SigningKeys}). */
@ApplicationScoped
class SigningKeyRepository {
    private static final String SELECT = """
            SELECT private_pem, private_sealed, key_id, public_pem FROM signing_key WHERE name = ?1""";
    private static final String INSERT = """
            INSERT INTO signing_key (name, private_sealed, key_id, public_pem) VALUES (?1, ?2, ?3, ?4)
            ON CONFLICT (name) DO NOTHING""";
    private static final String SEAL = """
            UPDATE signing_key SET private_sealed = ?2, key_id = ?3, private_pem = NULL
            WHERE name = ?1 AND private_pem IS NOT NULL""";

    /** A stored pair: {@code privatePem} is set only in a row left by an older version (plaintext). */
    record StoredKey(String privatePem, String privateSealed, String keyId, String publicPem) {
    }

    private final Sql sql;

    SigningKeyRepository(Sql sql) {
        this.sql = sql;
    }

    Uni<Optional<StoredKey>> find(String name) {
        return sql.rows(SELECT, name).map(rows -> rows.stream().findFirst().map(row -> new StoredKey(
                (String) row[0], (String) row[1], (String) row[2], (String) row[3])));
    }

    /** Stores the pair unless one is stored under the name already; whether this call stored it. */
    Uni<Boolean> insert(String name, String privateSealed, String keyId, String publicPem) {
        return sql.update(INSERT, name, privateSealed, keyId, publicPem).map(n -> n == 1);
    }

    /** Replaces a plaintext private key by its sealed form; whether this call did (another instance may have). */
    Uni<Boolean> seal(String name, String privateSealed, String keyId) {
        return sql.update(SEAL, name, privateSealed, keyId).map(n -> n == 1);
    }
}
