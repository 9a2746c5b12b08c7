package org.gridline.console;

import org.gridline.testing.CityFixtures;
import org.gridline.testing.Db;
import org.gridline.testing.Staff;

import java.time.OffsetDateTime;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A grid of its own per test with a worker and a leader login, and reports written straight into it (RECEIVED, as
 * the street's queue holds them) with whatever text a test needs.
 */
final class ConsoleFixtures {
    private static final AtomicInteger GRIDS = new AtomicInteger();

    final String grid;
    final String worker;
    final String worker2;
    final String leaderLogin;
    private final Db db;

    ConsoleFixtures(Db db) {
        this.db = db;
        // squares 0.0011° apart, north-west of the test area where no other test puts its grids
        double offset = -(10.0 + ((System.currentTimeMillis() / 100 + GRIDS.incrementAndGet()) % 5_000) * 0.0011);
        grid = CityFixtures.newGrid("cn", offset);
        worker = member("WORKER", "网格员丙");
        worker2 = member("WORKER", "网格员丁");
        Staff.leaderToken(grid);
        leaderLogin = "leader-" + grid.toLowerCase();
    }

    private String member(String role, String name) {
        String openid = "o_" + grid + "_" + role.toLowerCase() + "_" + ThreadLocalRandom.current().nextInt(1_000_000);
        db.rows("INSERT INTO grid_member (grid_code, openid, name, phone, role) VALUES ($1, $2, $3, '13800138000', $4)",
                grid, openid, name, role);
        return openid;
    }

    /** A report RECEIVED in this grid (市政设施 FAC), with the description; returns its number. */
    String report(String description) {
        String number = "R2099" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        OffsetDateTime now = OffsetDateTime.now();
        db.rows("INSERT INTO report (number, reporter, category_code, level, description, grid_code, address, "
                        + "contact_phone, status, created_at, updated_at) VALUES ($1, 'o_console_resident', 'FAC', 3, "
                        + "$2, $3, $4, '13912345678', 'RECEIVED', $5, $5)",
                number, description, grid, "幸福小区" + description, now);
        db.rows("INSERT INTO report_event (report_id, at, actor, action, note) SELECT id, $2, 'o_console_resident', "
                + "'RECEIVED', $3 FROM report WHERE number = $1", number, now, description);
        return number;
    }

    String status(String number) {
        return db.rows("SELECT status FROM report WHERE number = $1", number).get(0).getString("status");
    }

    String assignee(String number) {
        return db.rows("SELECT assignee FROM report WHERE number = $1", number).get(0).getString("assignee");
    }
}
