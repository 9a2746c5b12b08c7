package org.gridline.inbox;

import org.gridline.testing.PackagedServer;
import org.gridline.testing.PushClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Nothing acknowledged is lost: pushes stored by a server that dies (kill -9) before processing them are processed,
 * in each user's order, by the next start.
 */
class InboxRecoveryIT {
    @TempDir
    Path workDir;

    @Test
    void messagesStoredBeforeACrashAreProcessedAfterRestartInOrder() throws Exception {
        Map<String, String> env = new HashMap<>(PushClient.serverEnv());
        env.put("GRIDLINE_INBOX_PROCESSING_ENABLED", "false");
        env.put("GRIDLINE_DELIVERY_ENABLED", "false");
        PushClient pushes = new PushClient();
        try (PackagedServer server = PackagedServer.start(workDir, env)) {
            for (int i = 0; i < 40; i++) {
                HttpResponse<String> answer = pushes.text(server, "o_recover_" + (i % 4), "第" + i + "条", 900_000 + i);
                assertEquals(200, answer.statusCode(), answer.body());
                assertEquals("success", answer.body());
            }
            try (Connection c = connect(server)) {
                assertEquals(40, count(c, "SELECT count(*) FROM inbox_message"));
                assertEquals(0, count(c, "SELECT count(*) FROM inbox_message WHERE processed_at IS NOT NULL"));
            }
            server.kill();
        }

        env.remove("GRIDLINE_INBOX_PROCESSING_ENABLED");
        try (PackagedServer restarted = PackagedServer.start(workDir, env)) {
            try (Connection c = connect(restarted)) {
                long deadline = System.currentTimeMillis() + 30_000;
                while (count(c, "SELECT count(*) FROM inbox_message WHERE processed_at IS NOT NULL") < 40) {
                    assertTrue(System.currentTimeMillis() < deadline, "not all recovered messages were processed");
                    Thread.sleep(200);
                }
                assertEquals(0, count(c, """
                        SELECT count(*) FROM (SELECT id, lag(id) OVER (PARTITION BY openid ORDER BY processed_seq) AS prev
                                              FROM inbox_message) x WHERE prev > id"""), "each user's order kept");
            }
            assertTrue(restarted.log().contains("Resuming pending inbox messages of 4 users"), restarted.log());
        }
    }

    private static Connection connect(PackagedServer server) throws Exception {
        return server.database();
    }

    private static long count(Connection c, String sql) throws Exception {
        try (var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
