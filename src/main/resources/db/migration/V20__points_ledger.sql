-- The points ledger (org.gridline.points): double entry, append-only.
--
-- An account holds points. Volunteers have two: VOLUNTEER (available) and HELD (reserved by pending redemptions).
-- ISSUANCE (one per grid code), REDEMPTION and ADJUSTMENT are the system's side of every transfer; they may go
-- negative (they are where points come from). A transfer moves an amount between two accounts and writes exactly two
-- entries; the account balance is updated in the same statement, under the row lock of the account.
CREATE TABLE ledger_account (
    id         BIGSERIAL    PRIMARY KEY,
    type       VARCHAR(16)  NOT NULL,
    -- openid for VOLUNTEER and HELD, grid code for ISSUANCE, '-' for REDEMPTION and ADJUSTMENT
    owner      VARCHAR(128) NOT NULL,
    balance    BIGINT       NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ  NOT NULL,
    CONSTRAINT ledger_account_type CHECK (type IN ('VOLUNTEER', 'HELD', 'ISSUANCE', 'REDEMPTION', 'ADJUSTMENT')),
    CONSTRAINT ledger_account_owner UNIQUE (type, owner),
    -- "never negative", enforced by the database on the locked row inside the posting transaction
    CONSTRAINT ledger_account_non_negative CHECK (type NOT IN ('VOLUNTEER', 'HELD') OR balance >= 0)
);

CREATE TABLE ledger_transfer (
    id                   BIGSERIAL    PRIMARY KEY,
    idempotency_key      VARCHAR(200) NOT NULL,
    from_account         BIGINT       NOT NULL REFERENCES ledger_account (id),
    to_account           BIGINT       NOT NULL REFERENCES ledger_account (id),
    amount               BIGINT       NOT NULL,
    kind                 VARCHAR(16)  NOT NULL,
    reference            VARCHAR(200),
    reason               VARCHAR(500),
    created_at           TIMESTAMPTZ  NOT NULL,
    reversed_transfer_id BIGINT       REFERENCES ledger_transfer (id),
    CONSTRAINT ledger_transfer_key UNIQUE (idempotency_key),
    CONSTRAINT ledger_transfer_amount CHECK (amount > 0),
    CONSTRAINT ledger_transfer_accounts CHECK (from_account <> to_account),
    CONSTRAINT ledger_transfer_reversal CHECK ((kind = 'REVERSAL') = (reversed_transfer_id IS NOT NULL))
);
-- A transfer is reversed at most once (the key reverse:{id} says so too; this is the second lock on the door).
CREATE UNIQUE INDEX ledger_transfer_reversed ON ledger_transfer (reversed_transfer_id)
    WHERE reversed_transfer_id IS NOT NULL;

CREATE TABLE ledger_entry (
    id            BIGSERIAL   PRIMARY KEY,
    transfer_id   BIGINT      NOT NULL REFERENCES ledger_transfer (id),
    account_id    BIGINT      NOT NULL REFERENCES ledger_account (id),
    -- signed: negative on the from account, positive on the to account
    amount        BIGINT      NOT NULL,
    -- the account's balance right after this entry (entries of one account are written under its row lock, so
    -- their ids follow the order of the balance changes)
    balance_after BIGINT      NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    CONSTRAINT ledger_entry_amount CHECK (amount <> 0)
);
CREATE INDEX ledger_entry_account ON ledger_entry (account_id, id);
CREATE INDEX ledger_entry_transfer ON ledger_entry (transfer_id);

-- Append-only: entries and transfers are never changed; a mistake is corrected by a reversing transfer.
CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the ledger is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'GL001';
END
$$;
CREATE TRIGGER ledger_entry_append_only BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER ledger_entry_no_truncate BEFORE TRUNCATE ON ledger_entry
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER ledger_transfer_append_only BEFORE UPDATE OR DELETE ON ledger_transfer
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER ledger_transfer_no_truncate BEFORE TRUNCATE ON ledger_transfer
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();

-- A transfer with the type and owner of its accounts, as the service reads it.
CREATE VIEW ledger_transfer_view AS
SELECT t.id, t.idempotency_key, fa.type AS from_type, fa.owner AS from_owner, ta.type AS to_type,
       ta.owner AS to_owner, t.amount, t.kind, t.reference, t.reason, t.created_at, t.reversed_transfer_id
FROM ledger_transfer t
JOIN ledger_account fa ON fa.id = t.from_account
JOIN ledger_account ta ON ta.id = t.to_account;

-- The id of an account, created on first use.
CREATE FUNCTION ledger_account_id(p_type VARCHAR, p_owner VARCHAR, p_at TIMESTAMPTZ) RETURNS BIGINT
    LANGUAGE plpgsql AS $$
DECLARE
    v_id BIGINT;
BEGIN
    SELECT id INTO v_id FROM ledger_account WHERE type = p_type AND owner = p_owner;
    IF v_id IS NULL THEN
        INSERT INTO ledger_account (type, owner, created_at) VALUES (p_type, p_owner, p_at)
        ON CONFLICT (type, owner) DO NOTHING;
        -- a new statement, a new snapshot: sees a concurrent creator's row once it committed
        SELECT id INTO v_id FROM ledger_account WHERE type = p_type AND owner = p_owner;
    END IF;
    RETURN v_id;
END
$$;

-- Posts one transfer in one statement (so one round trip and one implicit transaction):
--   1. both accounts, created on first use, in (type, owner) order;
--   2. the transfer row, or, when its idempotency key exists, nothing more: the original transfer is returned with
--      r_created = false (a concurrent insert of the same key waits here for the first one to commit or roll back);
--   3. the two balances, updated in account id order: each UPDATE takes the row lock and works on the latest committed
--      balance, and ledger_account_non_negative fails the whole statement if a volunteer balance would drop below 0;
--   4. the two entries with the balances after them.
-- The rules (which transfers are allowed, between which accounts, with which key) are the Java service's.
CREATE FUNCTION ledger_post(p_key VARCHAR, p_from_type VARCHAR, p_from_owner VARCHAR, p_to_type VARCHAR,
                            p_to_owner VARCHAR, p_amount BIGINT, p_kind VARCHAR, p_reference VARCHAR,
                            p_reason VARCHAR, p_reversed BIGINT, p_at TIMESTAMPTZ)
    RETURNS TABLE (r_created BOOLEAN, r_id BIGINT, r_key VARCHAR, r_from_type VARCHAR, r_from_owner VARCHAR,
                   r_to_type VARCHAR, r_to_owner VARCHAR, r_amount BIGINT, r_kind VARCHAR, r_reference VARCHAR,
                   r_reason VARCHAR, r_created_at TIMESTAMPTZ, r_reversed BIGINT)
    LANGUAGE plpgsql AS $$
DECLARE
    v_from BIGINT;
    v_to BIGINT;
    v_id BIGINT;
    v_from_balance BIGINT;
    v_to_balance BIGINT;
BEGIN
    IF (p_from_type, p_from_owner) < (p_to_type, p_to_owner) THEN
        v_from := ledger_account_id(p_from_type, p_from_owner, p_at);
        v_to := ledger_account_id(p_to_type, p_to_owner, p_at);
    ELSE
        v_to := ledger_account_id(p_to_type, p_to_owner, p_at);
        v_from := ledger_account_id(p_from_type, p_from_owner, p_at);
    END IF;

    INSERT INTO ledger_transfer (idempotency_key, from_account, to_account, amount, kind, reference, reason,
                                 created_at, reversed_transfer_id)
    VALUES (p_key, v_from, v_to, p_amount, p_kind, p_reference, p_reason, p_at, p_reversed)
    ON CONFLICT (idempotency_key) DO NOTHING
    RETURNING id INTO v_id;
    IF v_id IS NULL THEN
        SELECT t.id INTO v_id FROM ledger_transfer t WHERE t.idempotency_key = p_key;
        RETURN QUERY SELECT FALSE, * FROM ledger_transfer_view v WHERE v.id = v_id;
        RETURN;
    END IF;

    IF v_from < v_to THEN
        UPDATE ledger_account SET balance = balance - p_amount WHERE id = v_from RETURNING balance INTO v_from_balance;
        UPDATE ledger_account SET balance = balance + p_amount WHERE id = v_to RETURNING balance INTO v_to_balance;
    ELSE
        UPDATE ledger_account SET balance = balance + p_amount WHERE id = v_to RETURNING balance INTO v_to_balance;
        UPDATE ledger_account SET balance = balance - p_amount WHERE id = v_from RETURNING balance INTO v_from_balance;
    END IF;

    INSERT INTO ledger_entry (transfer_id, account_id, amount, balance_after, created_at)
    VALUES (v_id, v_from, -p_amount, v_from_balance, p_at),
           (v_id, v_to, p_amount, v_to_balance, p_at);
    RETURN QUERY SELECT TRUE, * FROM ledger_transfer_view v WHERE v.id = v_id;
END
$$;
