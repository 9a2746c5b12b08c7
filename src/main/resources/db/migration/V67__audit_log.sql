-- The audit log (操作日志, org.gridline.audit): every change a staff member made through /api or the console, every
-- login and failed login, every export. Append-only, as the points ledger: a trigger refuses UPDATE, DELETE and
-- TRUNCATE, so an entry, once written, stays as it was written.
CREATE TABLE audit_entry (
    id        BIGSERIAL     PRIMARY KEY,
    at        TIMESTAMPTZ   NOT NULL,
    kind      VARCHAR(16)   NOT NULL CHECK (kind IN ('ACTION', 'LOGIN', 'LOGIN_FAILED', 'EXPORT')),
    -- the staff username (for a failed login: the username given)
    actor     VARCHAR(128)  NOT NULL,
    -- ADMIN or LEADER; null for a failed login
    role      VARCHAR(16),
    -- the request: method, route template (/api/reports/{number}/dispatch), what it named (R2026120400017)
    method    VARCHAR(8),
    route     VARCHAR(300),
    target    VARCHAR(300),
    -- the HTTP status answered (a login's too: 200, 401, 403, 429)
    status    INT,
    -- a refusal's code, an export's filter (its query string)
    detail    VARCHAR(2000),
    -- an export's number of rows
    row_count BIGINT
);
CREATE INDEX audit_entry_at ON audit_entry (at DESC, id DESC);
CREATE INDEX audit_entry_actor ON audit_entry (actor, at DESC, id DESC);
CREATE INDEX audit_entry_kind ON audit_entry (kind, at DESC, id DESC);

CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'GL002';
END
$$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
