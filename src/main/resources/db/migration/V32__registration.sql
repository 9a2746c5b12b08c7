-- Arrival registrations (报备, org.gridline.registration) and the follow-up tasks of arrivals from high-risk areas.
CREATE TABLE registration (
    id            BIGSERIAL    PRIMARY KEY,
    openid        VARCHAR(128) NOT NULL,
    name          VARCHAR(50)  NOT NULL,
    phone         VARCHAR(20)  NOT NULL,
    origin        VARCHAR(50)  NOT NULL,
    arrival_date  DATE         NOT NULL,
    address       VARCHAR(200) NOT NULL,
    grid_code     VARCHAR(32),
    high_risk     BOOLEAN      NOT NULL DEFAULT false,
    -- the day of registration in Asia/Shanghai: the daily counts (每日外来流动人口统计) group by it
    registered_on DATE         NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX registration_day_grid ON registration (registered_on, grid_code);
CREATE INDEX registration_openid ON registration (openid, created_at DESC);

-- A task for the grid's worker to follow up an arrival (from a high-risk area). Status OPEN until a later feature
-- closes it; assignee is empty when the grid has no worker (or the address matched no grid).
CREATE TABLE follow_up_task (
    id              BIGSERIAL    PRIMARY KEY,
    registration_id BIGINT       NOT NULL REFERENCES registration (id),
    grid_code       VARCHAR(32),
    assignee        VARCHAR(128),
    reason          VARCHAR(200) NOT NULL,
    status          VARCHAR(16)  NOT NULL DEFAULT 'OPEN',
    created_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX follow_up_task_assignee ON follow_up_task (assignee) WHERE status = 'OPEN';
