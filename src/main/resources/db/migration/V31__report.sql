-- Reports (事件/工单, org.gridline.report). A report is filed RECEIVED by the conversation; the work-order lifecycle
-- (dispatch, accept, resolve, rating, deadlines) continues on the same row: assignee and deadline start empty.
CREATE TABLE report (
    id            BIGSERIAL     PRIMARY KEY,
    -- R + yyyyMMdd (Asia/Shanghai) + 5-digit sequence of that day, e.g. R2026112900017
    number        VARCHAR(16)   NOT NULL UNIQUE,
    reporter      VARCHAR(128)  NOT NULL,
    category_code VARCHAR(16)   NOT NULL,
    level         INT           NOT NULL CHECK (level BETWEEN 1 AND 4),
    description   VARCHAR(2000) NOT NULL,
    -- JSON array of photo references (the platform's PicUrl or MediaId), as text
    photos        TEXT          NOT NULL DEFAULT '[]',
    latitude      DOUBLE PRECISION,
    longitude     DOUBLE PRECISION,
    address       VARCHAR(200),
    building      VARCHAR(100),
    grid_code     VARCHAR(32),
    contact_phone VARCHAR(20),
    emergency     BOOLEAN       NOT NULL DEFAULT false,
    status        VARCHAR(16)   NOT NULL DEFAULT 'RECEIVED',
    assignee      VARCHAR(128),
    deadline      TIMESTAMPTZ,
    created_at    TIMESTAMPTZ   NOT NULL,
    updated_at    TIMESTAMPTZ   NOT NULL,
    version       INT           NOT NULL DEFAULT 0,
    CHECK ((latitude IS NULL) = (longitude IS NULL))
);
CREATE INDEX report_reporter ON report (reporter, created_at DESC);
CREATE INDEX report_grid ON report (grid_code, created_at DESC);
CREATE INDEX report_open_category ON report (category_code, created_at DESC) WHERE status NOT IN ('RESOLVED', 'CLOSED');
CREATE INDEX report_created ON report (created_at DESC, id DESC);

-- The timeline of a report: who did what, when (append-only).
CREATE TABLE report_event (
    id        BIGSERIAL    PRIMARY KEY,
    report_id BIGINT       NOT NULL REFERENCES report (id),
    at        TIMESTAMPTZ  NOT NULL,
    actor     VARCHAR(128) NOT NULL,
    action    VARCHAR(32)  NOT NULL,
    note      VARCHAR(500)
);
CREATE INDEX report_event_report ON report_event (report_id, at, id);

-- Residents who follow (关注) a report filed by someone else, to receive its updates.
CREATE TABLE report_follower (
    report_id  BIGINT       NOT NULL REFERENCES report (id),
    openid     VARCHAR(128) NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (report_id, openid)
);
CREATE INDEX report_follower_openid ON report_follower (openid);

-- The last sequence number given out per day (report numbers restart at 00001 every day).
CREATE TABLE report_day_counter (
    day      DATE PRIMARY KEY,
    last_seq INT  NOT NULL
);
