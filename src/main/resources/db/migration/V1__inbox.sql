-- Every message the platform pushes, stored before it is acknowledged (org.gridline.inbox).
CREATE TABLE inbox_message (
    id              BIGSERIAL    PRIMARY KEY,
    dedup_key       VARCHAR(300) NOT NULL,
    openid          VARCHAR(128) NOT NULL,
    msg_type        VARCHAR(64)  NOT NULL,
    event           VARCHAR(64),
    created_at      TIMESTAMPTZ  NOT NULL,
    received_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    payload         JSONB        NOT NULL,
    raw_body        TEXT         NOT NULL,
    -- processing: pending (both NULL) → processed, or → failed after the attempt limit (a platform retry revives it)
    processed_at    TIMESTAMPTZ,
    processed_seq   BIGINT,
    failed_at       TIMESTAMPTZ,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ,
    last_error      VARCHAR(500),
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT inbox_message_dedup UNIQUE (dedup_key)
);
-- The per-user drain and the re-drive read only what is still to do.
CREATE INDEX inbox_message_pending ON inbox_message (openid, id) WHERE processed_at IS NULL AND failed_at IS NULL;
-- Order in which messages were handled, for audits and the ordering tests.
CREATE SEQUENCE inbox_processed_seq;
