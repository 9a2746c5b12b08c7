-- Work orders (issue 7, org.gridline.report.workorder): the life of a report after filing.

-- The street's duty contacts (街道值班): openids that hear of reports escalated above the grid leader.
ALTER TABLE street ADD COLUMN duty_openids TEXT[] NOT NULL DEFAULT '{}';

ALTER TABLE report
    -- the executing department named by the classification standard for the category (may be null)
    ADD COLUMN department_code VARCHAR(32),
    -- when the current assignee got it (ties of the dispatch rule go to whoever waited longest)
    ADD COLUMN dispatched_at   TIMESTAMPTZ,
    -- the start of the time allowed: filing, or the reopening after a 不满意 rating; deadline is computed from it
    ADD COLUMN clock_started_at TIMESTAMPTZ,
    -- set while 挂起 (the deadline is pushed back by the time spent suspended on 恢复)
    ADD COLUMN suspended_at    TIMESTAMPTZ,
    -- the escalation steps fired in the current round (REMINDER 催办, SUPERVISION 督办, ESCALATION 上报): a step
    -- fires by setting its column from NULL in one statement, so exactly one instance fires it
    ADD COLUMN reminded_at     TIMESTAMPTZ,
    ADD COLUMN supervised_at   TIMESTAMPTZ,
    ADD COLUMN escalated_at    TIMESTAMPTZ,
    ADD COLUMN resolved_at     TIMESTAMPTZ,
    ADD COLUMN resolution_note VARCHAR(500),
    -- JSON array of the photos the worker sent with 办结
    ADD COLUMN resolution_photos TEXT NOT NULL DEFAULT '[]',
    -- the resident has until this time to rate; then the report closes unrated
    ADD COLUMN rating_due_at   TIMESTAMPTZ,
    ADD COLUMN rating          VARCHAR(16) CHECK (rating IN ('SATISFIED', 'BASIC', 'UNSATISFIED')),
    ADD COLUMN rating_comment  VARCHAR(500),
    ADD COLUMN rated_at        TIMESTAMPTZ,
    ADD COLUMN reopen_count    INT NOT NULL DEFAULT 0;

UPDATE report SET clock_started_at = created_at WHERE clock_started_at IS NULL;

-- A worker's open orders (我的工单, the dispatch rule's count).
CREATE INDEX report_assignee_open ON report (assignee, dispatched_at)
    WHERE status IN ('DISPATCHED', 'ACCEPTED', 'SUSPENDED');
-- What the escalation job looks at: orders with a running clock.
CREATE INDEX report_running_deadline ON report (deadline)
    WHERE status IN ('RECEIVED', 'DISPATCHED', 'ACCEPTED', 'RETURNED', 'REOPENED') AND escalated_at IS NULL;
-- Resolved reports waiting for their rating.
CREATE INDEX report_rating_due ON report (rating_due_at) WHERE status = 'RESOLVED';
CREATE INDEX report_resolved_by ON report (assignee, resolved_at DESC) WHERE status = 'RESOLVED';

-- 基层发令、部门执行: a grid leader orders a department to act on a report; a contact of the department must
-- acknowledge (签收) before due_at or the order escalates to the street's duty contacts, once.
CREATE TABLE department_order (
    id              BIGSERIAL    PRIMARY KEY,
    report_id       BIGINT       NOT NULL REFERENCES report (id),
    department_code VARCHAR(32)  NOT NULL REFERENCES department (code),
    issued_by       VARCHAR(128) NOT NULL,
    note            VARCHAR(500) NOT NULL,
    issued_at       TIMESTAMPTZ  NOT NULL,
    due_at          TIMESTAMPTZ  NOT NULL,
    acknowledged_at TIMESTAMPTZ,
    acknowledged_by VARCHAR(128),
    escalated_at    TIMESTAMPTZ
);
CREATE INDEX department_order_report ON department_order (report_id);
CREATE INDEX department_order_waiting ON department_order (due_at)
    WHERE acknowledged_at IS NULL AND escalated_at IS NULL;
-- One open order per report and department: a second 发令 while the first waits is refused.
CREATE UNIQUE INDEX department_order_one_open ON department_order (report_id, department_code)
    WHERE acknowledged_at IS NULL;
