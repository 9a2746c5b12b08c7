package org.gridline.report.workorder;

import org.gridline.testing.PackagedServer;
import org.gridline.testing.PushClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * 催办 / 督办 / 上报 stay exactly-once across a crash (kill -9) and with two instances checking the same database at
 * once, on the packaged server with the real clock: due times are set in the database instead of waiting for them.
 */
class EscalationRestartIT {
    private static final int REPORTS = 40;

    @TempDir
    Path workDir;

    @Test
    void eachStepFiresOnceAcrossACrashAndWithTwoInstances() throws Exception {
        Map<String, String> env = new HashMap<>(PushClient.serverEnv());
        env.put("GRIDLINE_DELIVERY_ENABLED", "false");
        // two instances on one database share the key that encrypts the token signing key (README: Staff access)
        byte[] kek = new byte[32];
        new java.security.SecureRandom().nextBytes(kek);
        env.put("GRIDLINE_AUTH_KEY_ENCRYPTION_KEY", java.util.Base64.getEncoder().encodeToString(kek));
        env.put("GRIDLINE_WORKORDER_CHECK_INTERVAL", "200ms");
        env.put("GRIDLINE_WORKORDER_CHECK_BATCH", "7");
        try (PackagedServer first = PackagedServer.start(workDir.resolve("a"), env);
             Connection c = first.database()) {
            city(c);
            // 10 h into 12 h allowed: past 75 %, before 100 %
            for (int i = 0; i < REPORTS; i++) {
                report(c, i, "now() - interval '10 hours'", "now() + interval '2 hours'");
            }
            awaitCount(c, "SELECT count(*) FROM report_event e JOIN report r ON r.id = e.report_id "
                    + "WHERE r.number LIKE 'R20010101%' AND e.action = 'REMINDER'", REPORTS);
            first.kill();
        }

        try (PackagedServer restarted = PackagedServer.start(workDir.resolve("a"), env);
             Connection c = restarted.database()) {
            Map<String, String> second = new HashMap<>(env);
            int port = restarted.embeddedDatabasePort();
            second.put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://localhost:" + port + "/postgres");
            second.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + port + "/postgres");
            second.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
            second.put("QUARKUS_DATASOURCE_PASSWORD", restarted.embeddedDatabasePassword());
            try (PackagedServer other = PackagedServer.start(workDir.resolve("b"), second)) {
                // both instances are checking; now 20 h into 12 h allowed: 督办 and 上报 are due for every report
                c.createStatement().executeUpdate("UPDATE report SET clock_started_at = now() - interval '20 hours', "
                        + "deadline = now() - interval '8 hours' WHERE number LIKE 'R20010101%'");
                awaitCount(c, "SELECT count(*) FROM report WHERE number LIKE 'R20010101%' AND escalated_at IS NOT NULL",
                        REPORTS);
                Thread.sleep(1000); // a few more runs of both instances: nothing may fire again
                assertTrue(other.log().contains("Work-order checks") || restarted.log().contains("Work-order checks"));
            }
            for (String step : new String[]{"REMINDER", "SUPERVISION", "ESCALATION"}) {
                assertEquals(0, count(c, "SELECT count(*) FROM (SELECT e.report_id FROM report_event e JOIN report r "
                        + "ON r.id = e.report_id WHERE r.number LIKE 'R20010101%' AND e.action = '" + step + "' "
                        + "GROUP BY e.report_id HAVING count(*) <> 1) x"), step + " fired once per report");
                assertEquals(REPORTS, count(c, "SELECT count(DISTINCT e.report_id) FROM report_event e JOIN report r "
                        + "ON r.id = e.report_id WHERE r.number LIKE 'R20010101%' AND e.action = '" + step + "'"),
                        step);
            }
            // the leader got one 督办 per report, written to the outbox with the step
            assertEquals(REPORTS, count(c, "SELECT count(*) FROM outbox_message WHERE openid = 'o_it_leader' "
                    + "AND source LIKE 'workorder:R20010101%'"));
        }
    }

    private static void city(Connection c) throws Exception {
        c.createStatement().executeUpdate("""
                INSERT INTO street (code, name, duty_openids) VALUES ('IT-ST', '测试街道', ARRAY['o_it_duty']);
                INSERT INTO community (code, name, street_code) VALUES ('IT-CM', '测试社区', 'IT-ST');
                INSERT INTO grid (code, name, community_code, boundary) VALUES ('IT-G1', '测试网格', 'IT-CM',
                  '{"type": "Polygon", "coordinates": [[[100, 10], [100.001, 10], [100.001, 10.001], [100, 10.001], [100, 10]]]}');
                INSERT INTO grid_member (grid_code, openid, name, phone, role) VALUES
                  ('IT-G1', 'o_it_leader', '组长', '13800138000', 'LEADER'),
                  ('IT-G1', 'o_it_worker', '网格员', '13800138001', 'WORKER');
                """);
    }

    private static void report(Connection c, int i, String started, String deadline) throws Exception {
        c.createStatement().executeUpdate(String.format("""
                INSERT INTO report (number, reporter, category_code, level, description, status, grid_code, assignee,
                                    department_code, created_at, updated_at, clock_started_at, deadline, dispatched_at)
                VALUES ('R20010101%05d', 'o_it_resident', 'FAC', 3, '路灯坏了', 'DISPATCHED', 'IT-G1', 'o_it_worker',
                        'ZJJ', %s, now(), %s, %s, now())""", i, started, started, deadline));
    }

    private static void awaitCount(Connection c, String sql, long expected) throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        while (count(c, sql) < expected) {
            assertTrue(System.currentTimeMillis() < until, "timed out waiting for " + expected + ": " + sql);
            Thread.sleep(100);
        }
    }

    private static long count(Connection c, String sql) throws Exception {
        try (var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
