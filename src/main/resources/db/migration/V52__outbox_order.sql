-- Per-user delivery order (org.gridline.notify): a claim takes a user's oldest unfinished row only, so it looks up
-- "an earlier PENDING or SENDING row of the same user"; this index keeps that probe cheap however large the outbox.
CREATE INDEX outbox_message_user_open ON outbox_message (openid, id) WHERE status IN ('PENDING', 'SENDING');

-- A notice's own deadline: past it, a notice the platform keeps failing is given up (a dead letter). Null: the
-- default notice life (gridline.delivery.notice-life) from created_at. Replies live as long as the 48 h window.
ALTER TABLE outbox_message ADD COLUMN useful_until TIMESTAMPTZ;
