-- Every reply and notification, written in the transaction of the change that caused it (org.gridline.notify).
CREATE TABLE outbox_message (
    id              BIGSERIAL    PRIMARY KEY,
    openid          VARCHAR(128) NOT NULL,
    kind            VARCHAR(16)  NOT NULL CHECK (kind IN ('CUSTOM', 'SUBSCRIBE')),
    template_id     VARCHAR(128),
    body            JSONB        NOT NULL,
    -- a subscribe message to send instead when the 48 h reply window has closed (45015)
    fallback        JSONB,
    -- PENDING → SENDING (claimed by one worker) → SENT | PENDING (retry) | HELD (until the user writes) | DEAD | SKIPPED
    status          VARCHAR(16)  NOT NULL DEFAULT 'PENDING',
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    claimed_until   TIMESTAMPTZ,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    sent_at         TIMESTAMPTZ,
    last_errcode    INT,
    last_error      VARCHAR(500),
    source          VARCHAR(100),
    subscription_taken BOOLEAN   NOT NULL DEFAULT false,
    version         INT          NOT NULL DEFAULT 0
);
CREATE INDEX outbox_message_due ON outbox_message (next_attempt_at, id) WHERE status = 'PENDING';
CREATE INDEX outbox_message_sending ON outbox_message (claimed_until) WHERE status = 'SENDING';
CREATE INDEX outbox_message_held ON outbox_message (openid) WHERE status = 'HELD';
CREATE INDEX outbox_message_dead ON outbox_message (id) WHERE status = 'DEAD';

-- One-time subscriptions a user granted per template (subscribe_msg_popup_event / subscribe_msg_change_event).
CREATE TABLE subscription (
    openid      VARCHAR(128) NOT NULL,
    template_id VARCHAR(128) NOT NULL,
    remaining   INT          NOT NULL DEFAULT 0 CHECK (remaining >= 0),
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (openid, template_id)
);

-- When each user last wrote to us: customer-service messages are allowed for 48 h after it.
CREATE TABLE user_contact (
    openid          VARCHAR(128) PRIMARY KEY,
    last_message_at TIMESTAMPTZ  NOT NULL
);
