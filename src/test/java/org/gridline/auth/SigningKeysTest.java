package org.gridline.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import org.gridline.testing.Db;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;

/** The token signing key in the database: encrypted at rest, and a plaintext one from before encrypted at start. */
@QuarkusTest
class SigningKeysTest {
    @Inject
    Pool pool;
    @Inject
    SigningKeys keys;

    @Test
    void theStoredPrivateKeyIsEncryptedAndOpensWithTheKeyEncryptionKeyToTheKeyInUse() {
        Db db = new Db(pool);
        assertEquals(0, db.count("SELECT count(*) FROM signing_key WHERE signing_key::text LIKE '%PRIVATE KEY%'"),
                "no plaintext private key anywhere in the table");
        Row row = db.rows("SELECT private_pem, private_sealed, key_id, public_pem FROM signing_key WHERE name = $1",
                SigningKeys.NAME).get(0);
        assertNull(row.getString("private_pem"));
        KeyEncryptionKey kek = keys.keyEncryptionKey();
        assertEquals(kek.id(), row.getString("key_id"));
        String privatePem = kek.open(SigningKeys.NAME, row.getString("key_id"), row.getString("private_sealed"));
        assertEquals(KeyPem.privatePem(keys.pair().getPrivate()), privatePem);
    }

    @Test
    void aPlaintextKeyLeftByAnEarlierVersionIsEncryptedAndClearedOnLoad() {
        Db db = new Db(pool);
        String name = "legacy-" + System.nanoTime() % 1_000_000_000L;
        KeyPair legacy = KeyPem.generate();
        db.rows("INSERT INTO signing_key (name, private_pem, public_pem) VALUES ($1, $2, $3)", name,
                KeyPem.privatePem(legacy.getPrivate()), KeyPem.publicPem(legacy.getPublic()));

        KeyPair loaded = keys.stored(name, keys.keyEncryptionKey()).await().atMost(Duration.ofSeconds(30));

        assertEquals(legacy.getPrivate(), loaded.getPrivate());
        Row row = db.rows("SELECT private_pem, private_sealed, key_id FROM signing_key WHERE name = $1", name).get(0);
        assertNull(row.getString("private_pem"));
        assertFalse(row.getString("private_sealed").contains("PRIVATE KEY"));
        assertEquals(keys.keyEncryptionKey().id(), row.getString("key_id"));
        assertEquals(legacy.getPrivate(),
                keys.stored(name, keys.keyEncryptionKey()).await().atMost(Duration.ofSeconds(30)).getPrivate(),
                "loads again from the encrypted copy");
        db.rows("DELETE FROM signing_key WHERE name = $1", name);
    }
}
