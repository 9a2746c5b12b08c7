-- The (timestamp, nonce) pairs of the pushes stored within the accepted clock skew (org.gridline.inbox): a reused pair
-- with another message is a replay. Written in the inbox's group commit; rows older than the skew are deleted on a
-- schedule (a push that old is refused as stale before this table is asked). The primary key serves that delete too.
CREATE TABLE inbox_nonce (
    ts        BIGINT       NOT NULL,
    nonce     VARCHAR(128) NOT NULL,
    dedup_key VARCHAR(300) NOT NULL,
    PRIMARY KEY (ts, nonce)
);
