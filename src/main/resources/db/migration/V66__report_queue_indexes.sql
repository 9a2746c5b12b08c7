-- The staff queue (ReportSearch): every search is bounded by the days filed (created_at); the street's unassigned
-- queue and the other status filters read one status over those days without visiting the rest.
CREATE INDEX report_status_created ON report (status, created_at DESC, id DESC);
