-- Recruitments (招募令), sign-ups with a waitlist, check-in and check-out codes, and staff corrections
-- (org.gridline.volunteer).
CREATE TABLE recruitment (
    id               BIGSERIAL    PRIMARY KEY,
    title            VARCHAR(60)  NOT NULL,
    grid_code        VARCHAR(32)  NOT NULL REFERENCES grid (code),
    place            VARCHAR(100) NOT NULL,
    starts_at        TIMESTAMPTZ  NOT NULL,
    ends_at          TIMESTAMPTZ  NOT NULL,
    capacity         INT          NOT NULL,
    points           INT          NOT NULL,
    sign_up_deadline TIMESTAMPTZ  NOT NULL,
    -- volunteers of any grid may sign up, not only those of grid_code
    any_grid         BOOLEAN      NOT NULL DEFAULT FALSE,
    status           VARCHAR(16)  NOT NULL,
    -- places taken; changed only under the row lock of the recruitment
    signed_up        INT          NOT NULL DEFAULT 0,
    created_by       VARCHAR(64)  NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL,
    published_at     TIMESTAMPTZ,
    CONSTRAINT recruitment_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'CANCELLED')),
    CONSTRAINT recruitment_window CHECK (ends_at > starts_at AND sign_up_deadline <= starts_at),
    CONSTRAINT recruitment_points CHECK (points >= 0),
    -- never more sign-ups than places, whatever the code does
    CONSTRAINT recruitment_places CHECK (capacity > 0 AND signed_up >= 0 AND signed_up <= capacity)
);
CREATE INDEX recruitment_open ON recruitment (status, sign_up_deadline);

CREATE TABLE sign_up (
    id               BIGSERIAL    PRIMARY KEY,
    recruitment_id   BIGINT       NOT NULL REFERENCES recruitment (id),
    openid           VARCHAR(128) NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL,
    promoted_at      TIMESTAMPTZ,
    cancelled_at     TIMESTAMPTZ,
    checked_in_at    TIMESTAMPTZ,
    checked_out_at   TIMESTAMPTZ,
    service_minutes  INT,
    points_awarded   BIGINT,
    award_transfer   BIGINT,
    CONSTRAINT sign_up_status CHECK (status IN ('SIGNED_UP', 'WAITLISTED', 'CANCELLED')),
    CONSTRAINT sign_up_times CHECK (checked_out_at IS NULL OR (checked_in_at IS NOT NULL AND checked_out_at >= checked_in_at))
);
-- one live sign-up per volunteer and recruitment; the waitlist is in id order (ids are taken under the row lock)
CREATE UNIQUE INDEX sign_up_once ON sign_up (recruitment_id, openid) WHERE status <> 'CANCELLED';
CREATE INDEX sign_up_volunteer ON sign_up (openid, status);
CREATE INDEX sign_up_recruitment ON sign_up (recruitment_id, status, id);

-- A 6-digit code shown by the organising worker; only its hash is kept.
CREATE TABLE attendance_code (
    id             BIGSERIAL    PRIMARY KEY,
    recruitment_id BIGINT       NOT NULL REFERENCES recruitment (id),
    purpose        VARCHAR(16)  NOT NULL,
    code_hash      VARCHAR(64)  NOT NULL,
    issued_by      VARCHAR(128) NOT NULL,
    issued_at      TIMESTAMPTZ  NOT NULL,
    expires_at     TIMESTAMPTZ  NOT NULL,
    CONSTRAINT attendance_code_purpose CHECK (purpose IN ('CHECK_IN', 'CHECK_OUT'))
);
CREATE INDEX attendance_code_valid ON attendance_code (code_hash, expires_at);

-- Staff corrections of attendance: who, why, what the times became and the points after it.
CREATE TABLE attendance_correction (
    id             BIGSERIAL    PRIMARY KEY,
    sign_up_id     BIGINT       NOT NULL REFERENCES sign_up (id),
    staff          VARCHAR(64)  NOT NULL,
    reason         VARCHAR(200) NOT NULL,
    checked_in_at  TIMESTAMPTZ  NOT NULL,
    checked_out_at TIMESTAMPTZ  NOT NULL,
    points_before  BIGINT       NOT NULL,
    points_after   BIGINT       NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL
);
