-- The reward catalogue (积分商城) and redemptions with pickup codes (org.gridline.points).
CREATE TABLE reward (
    id            BIGSERIAL    PRIMARY KEY,
    name          VARCHAR(40)  NOT NULL,
    price         BIGINT       NOT NULL,
    -- units on the shelf; reserved by pending redemptions; handed out
    stock         INT          NOT NULL,
    reserved      INT          NOT NULL DEFAULT 0,
    issued        INT          NOT NULL DEFAULT 0,
    per_user_limit INT         NOT NULL,
    valid_until   TIMESTAMPTZ  NOT NULL,
    -- the grid station where it is picked up; NULL: any grid's station
    grid_code     VARCHAR(32)  REFERENCES grid (code),
    created_at    TIMESTAMPTZ  NOT NULL,
    CONSTRAINT reward_price CHECK (price > 0),
    CONSTRAINT reward_units CHECK (stock >= 0 AND reserved >= 0 AND issued >= 0),
    CONSTRAINT reward_limit CHECK (per_user_limit > 0)
);

CREATE TABLE redemption (
    id          VARCHAR(40)  PRIMARY KEY,
    reward_id   BIGINT       NOT NULL REFERENCES reward (id),
    openid      VARCHAR(128) NOT NULL,
    quantity    INT          NOT NULL,
    points      BIGINT       NOT NULL,
    code_hash   VARCHAR(64)  NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL,
    settled_at  TIMESTAMPTZ,
    settled_by  VARCHAR(128),
    CONSTRAINT redemption_status CHECK (status IN ('PENDING', 'COMPLETED', 'CANCELLED', 'EXPIRED')),
    CONSTRAINT redemption_quantity CHECK (quantity > 0 AND points > 0)
);
-- a pickup code names one pending redemption
CREATE UNIQUE INDEX redemption_pending_code ON redemption (code_hash) WHERE status = 'PENDING';
CREATE INDEX redemption_due ON redemption (status, expires_at);
CREATE INDEX redemption_volunteer ON redemption (openid, reward_id, status);
