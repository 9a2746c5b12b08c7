-- Delivery woken on commit (org.gridline.notify). A transaction that writes outbox rows, or makes held or dead rows
-- due again, sends NOTIFY on the channel gridline_outbox; every instance LISTENs and wakes its delivery worker.
-- PostgreSQL delivers a notification only when the transaction commits (never after a rollback) and sends one for
-- any number of identical ones in a transaction, so a commit of many rows is one wake-up. The periodic poll stays
-- the safety net (a notification sent while a listener reconnects is lost to it).
CREATE FUNCTION outbox_message_wake() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('gridline_outbox', '');
    RETURN NULL;
END
$$;

-- New rows: once per statement, however many rows it inserts.
CREATE TRIGGER outbox_message_inserted AFTER INSERT ON outbox_message
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_message_wake();

-- Rows that become due again from outside the worker: HELD released when the user writes, DEAD retried by staff.
-- (The worker's own moves, SENDING back to PENDING, wake it in-process; the WHEN keeps other updates free.)
CREATE TRIGGER outbox_message_due_again AFTER UPDATE OF status ON outbox_message
    FOR EACH ROW WHEN (NEW.status = 'PENDING' AND OLD.status IN ('HELD', 'DEAD'))
    EXECUTE FUNCTION outbox_message_wake();
