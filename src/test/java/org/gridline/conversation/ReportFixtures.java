package org.gridline.conversation;

import org.gridline.testing.Db;

/** Test isolation: the test database outlives runs, so earlier runs' open reports must not be offered as duplicates. */
final class ReportFixtures {
    private ReportFixtures() {
    }

    static void closeOpenReports(Db db) {
        db.rows("UPDATE report SET status = 'CLOSED' WHERE status NOT IN ('RESOLVED', 'CLOSED') RETURNING id");
    }
}
