-- Every message the platform pushes, stored before it is acknowledged (see org.gridline.wechat).
CREATE TABLE inbox_message (
    id             BIGSERIAL PRIMARY KEY,
    dedup_key      VARCHAR(300) NOT NULL,
    openid         VARCHAR(128) NOT NULL,
    msg_type       VARCHAR(40)  NOT NULL,
    event          VARCHAR(64),
    created_at     TIMESTAMPTZ  NOT NULL,
    received_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    payload        JSONB        NOT NULL,
    raw_body       TEXT         NOT NULL,
    processed_at   TIMESTAMPTZ,
    attempts       INT          NOT NULL DEFAULT 0,
    last_error     TEXT,
    CONSTRAINT inbox_message_dedup UNIQUE (dedup_key)
);
-- The re-drive and the per-user drain read only what is still to do.
CREATE INDEX inbox_message_pending ON inbox_message (openid, id) WHERE processed_at IS NULL;
