package org.gridline.notify;

import org.gridline.testing.PackagedServer;
import org.gridline.testing.PlatformStub;
import org.gridline.testing.PushClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** Replies committed to the outbox before a crash (kill -9) are delivered after the restart, each exactly once. */
class DeliveryRecoveryIT {
    @TempDir
    Path workDir;

    @Test
    void outboxRowsWrittenBeforeACrashAreDeliveredAfterRestart() throws Exception {
        try (PlatformStub platform = new PlatformStub()) {
            Map<String, String> env = new HashMap<>(PushClient.serverEnv());
            env.put("GRIDLINE_WECHAT_API_URL", platform.url());
            env.put("GRIDLINE_DELIVERY_ENABLED", "false");
            PushClient pushes = new PushClient();
            try (PackagedServer server = PackagedServer.start(workDir, env)) {
                for (int i = 0; i < 20; i++) {
                    assertEquals("success", pushes.text(server, "o_crash_" + i, "你好", 800_000 + i).body());
                }
                waitFor(() -> server.number("SELECT count(*) FROM outbox_message WHERE status = 'PENDING'") == 20);
                server.kill();
            }
            assertEquals(0, platform.calls(), "nothing was sent before the crash");

            env.remove("GRIDLINE_DELIVERY_ENABLED");
            try (PackagedServer restarted = PackagedServer.start(workDir, env)) {
                waitFor(() -> restarted.number("SELECT count(*) FROM outbox_message WHERE status = 'SENT'") == 20);
                Map<String, Long> perUser = platform.received().stream()
                        .collect(Collectors.groupingBy(PlatformStub.Received::touser, Collectors.counting()));
                assertEquals(20, perUser.size());
                assertTrue(perUser.values().stream().allMatch(n -> n == 1), "each reply once: " + perUser);
            }
        }
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void waitFor(Check check) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!check.holds()) {
            assertTrue(System.currentTimeMillis() < deadline, "condition not reached within 30 s");
            Thread.sleep(100);
        }
    }
}
