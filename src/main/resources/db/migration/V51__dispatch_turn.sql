-- "Ties in turn" of the dispatch rule: when a member last got an order, kept on the member so that it survives the
-- order moving on (退回, 改派, 重办), which clears or changes the report's assignee.
ALTER TABLE grid_member ADD COLUMN last_dispatched_at TIMESTAMPTZ;
