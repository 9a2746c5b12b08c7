-- The chat of each simulator pane (org.gridline.simulator; written only in simulator mode, without an app secret):
-- what a pane sent (USER) and what the simulated platform delivered to that user (CUSTOM, SUBSCRIBE). Kept in the
-- database, like a phone keeps its chat, so a pane's history survives a restart of the server and a reload of the page.
CREATE TABLE simulator_chat (
    seq          BIGSERIAL    PRIMARY KEY,
    openid       VARCHAR(128) NOT NULL,
    kind         VARCHAR(16)  NOT NULL CHECK (kind IN ('user', 'custom', 'subscribe')),
    body         JSONB        NOT NULL,
    at           TIMESTAMPTZ  NOT NULL
);
CREATE INDEX simulator_chat_user ON simulator_chat (openid, seq);
