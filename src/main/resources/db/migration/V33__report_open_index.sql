-- Cancelled (作废) reports are not open either: keep them out of the duplicate search's index.
DROP INDEX report_open_category;
CREATE INDEX report_open_category ON report (category_code, created_at DESC)
    WHERE status NOT IN ('RESOLVED', 'CLOSED', 'CANCELLED');
