-- Staff management (org.gridline.auth): a login can be disabled, and every token names the account's token version;
-- disabling, enabling and every password change bump it, so the tokens issued before stop working at once.
ALTER TABLE staff_account
    ADD COLUMN disabled      BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN token_version INTEGER NOT NULL DEFAULT 0;

-- The token signing private key is kept encrypted (AES-256-GCM) under a key-encryption key that never enters the
-- database; key_id names that key. A plaintext private_pem left by an older version is encrypted, and cleared, at the
-- next start (org.gridline.auth.SigningKeys).
ALTER TABLE signing_key
    ALTER COLUMN private_pem DROP NOT NULL,
    ADD COLUMN private_sealed TEXT,
    ADD COLUMN key_id         VARCHAR(32),
    ADD CONSTRAINT signing_key_private_kept CHECK (private_pem IS NOT NULL OR (private_sealed IS NOT NULL AND key_id IS NOT NULL));
