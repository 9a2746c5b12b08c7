package org.gridline.notify;

import org.gridline.testing.PackagedServer;
import org.gridline.testing.PlatformStub;
import org.gridline.testing.PushClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.*;

/**
 * SIGTERM under load against the packaged server, with a slow platform so sends are in flight: the stop drains HTTP
 * with the database still up (no push answered 500), lets in-flight sends finish and be marked, and after a restart
 * nothing is answered twice. Prints the counts.
 */
class GracefulStopIT {
    @TempDir
    Path workDir;

    @Test
    void aSigtermUnderLoadAnswersNoPush500AndSendsNothingTwice() throws Exception {
        try (PlatformStub platform = new PlatformStub()) {
            platform.delay(Duration.ofMillis(300));
            Map<String, String> env = new HashMap<>(PushClient.serverEnv());
            env.put("GRIDLINE_WECHAT_API_URL", platform.url());
            QueryLoad load = new QueryLoad("o_stop_", 40, 8_000_000);
            PackagedServer[] target = new PackagedServer[1];
            AtomicBoolean pushing = new AtomicBoolean(true);
            String firstLog;
            try (PackagedServer server = PackagedServer.start(workDir, env)) {
                target[0] = server;
                load.warmUp(server, platform);
                List<Thread> threads = load.start(target, 4, 50, pushing::get);
                Thread.sleep(8_000);
                long inFlight = server.number("SELECT count(*) FROM outbox_message WHERE status = 'SENDING'");
                long t0 = System.nanoTime();
                int exit = server.terminate(); // the load goes on during the drain
                long stopMillis = (System.nanoTime() - t0) / 1_000_000;
                pushing.set(false);
                for (Thread t : threads) {
                    t.join();
                }
                firstLog = server.log();
                List<String> lines = firstLog.lines().filter(l -> !l.startsWith("\t")).toList();
                System.out.println("GracefulStopIT: the first server's last lines:\n" + String.join("\n",
                        lines.subList(Math.max(0, lines.size() - 12), lines.size())));
                System.out.printf("GracefulStopIT: SIGTERM with %d sends in flight, stopped in %d ms (exit %d)%n",
                        inFlight, stopMillis, exit);
            }
            try (PackagedServer restarted = PackagedServer.start(workDir, env)) {
                long deadline = System.currentTimeMillis() + 120_000;
                while ((load.answered(platform) < load.acknowledged() || restarted.number(
                        "SELECT count(*) FROM outbox_message WHERE status IN ('PENDING', 'SENDING')") > 0)
                        && System.currentTimeMillis() < deadline) {
                    Thread.sleep(250);
                }
                long leftSending = restarted.number("SELECT count(*) FROM outbox_message WHERE status = 'SENDING'");
                System.out.println("GracefulStopIT: unfinished rows " + QueryLoad.unfinished(restarted));
                System.out.printf("GracefulStopIT: acknowledged %d, answered %d, answered twice %d, dead letters %d,"
                                + " pushes answered 500 %d, 503 (draining) %d, refused (stopped) %d; all answers %s%n",
                        load.acknowledged(), load.answered(platform), load.answeredTwice(platform),
                        restarted.number("SELECT count(*) FROM outbox_message WHERE status = 'DEAD'"), load.status(500),
                        load.status(503), load.unreachable(), load.statuses());
                assertEquals(0, load.status(500), "no push answered 500 during the drain");
                assertEquals(0, load.answeredTwice(platform), "nothing sent twice");
                assertEquals(load.acknowledged(), load.answered(platform), "every acknowledged query answered");
                assertEquals(0, leftSending);
                assertTrue(firstLog.contains("Delivery stopped: every send under way was answered and marked"),
                        firstLog);
                assertTrue(load.acknowledged() > 50, "the load ran: " + load.acknowledged());
            }
        }
    }
}
