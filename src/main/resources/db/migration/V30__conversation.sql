-- Per-user dialogue state (org.gridline.conversation): at most one form per resident, ACTIVE while they answer it,
-- DRAFT after the inactivity timeout (resumable with 继续). The row goes when the form is filed or cancelled.
-- Messages of one user are serialised by the inbox; the version column is the safety net (optimistic lock).
CREATE TABLE conversation (
    openid     VARCHAR(128) PRIMARY KEY,
    status     VARCHAR(16)  NOT NULL CHECK (status IN ('ACTIVE', 'DRAFT')),
    form       JSONB        NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL,
    version    INT          NOT NULL DEFAULT 0
);
