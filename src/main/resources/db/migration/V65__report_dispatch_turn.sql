-- The dispatch rule's "ties in turn" (issue 14): when a member last got an order in a grid, kept by the report
-- feature in its own table instead of on grid's grid_member (V51), so that it survives the order moving on (退回, 改派,
-- 重办). The values already kept there are copied; grid_member.last_dispatched_at is no longer written.
CREATE TABLE report_dispatch_turn (
    grid_code          VARCHAR(32)  NOT NULL,
    openid             VARCHAR(128) NOT NULL,
    last_dispatched_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (grid_code, openid)
);

INSERT INTO report_dispatch_turn (grid_code, openid, last_dispatched_at)
SELECT grid_code, openid, last_dispatched_at FROM grid_member WHERE last_dispatched_at IS NOT NULL;
