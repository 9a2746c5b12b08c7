package org.gridline.notify;

import org.gridline.testing.PackagedServer;
import org.gridline.testing.PlatformStub;
import org.gridline.testing.PushClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A two-minute platform outage (every call answered 503) under load, against the packaged server with its default
 * delivery settings: nothing becomes a dead letter, the paused worker only probes, and after the outage every
 * acknowledged query is answered once, in each user's order. Prints the counts.
 */
class PlatformOutageIT {
    private static final long OUTAGE_MILLIS = Long.getLong("outage.millis", 120_000);

    @TempDir
    Path workDir;

    @Test
    void aTwoMinuteOutageTurnsNothingIntoADeadLetterAndEverythingIsAnsweredOnceAfterIt() throws Exception {
        try (PlatformStub platform = new PlatformStub()) {
            Map<String, String> env = new HashMap<>(PushClient.serverEnv());
            env.put("GRIDLINE_WECHAT_API_URL", platform.url());
            QueryLoad load = new QueryLoad("o_outage_", 40, 7_000_000);
            try (PackagedServer server = PackagedServer.start(workDir, env)) {
                platform.down(true);
                long outageEnds = System.currentTimeMillis() + OUTAGE_MILLIS;
                int callsBefore = platform.calls() + platform.tokenFetches();
                List<Thread> threads = load.start(new PackagedServer[] {server}, 3, 1_500,
                        () -> System.currentTimeMillis() < outageEnds);
                for (Thread t : threads) {
                    t.join();
                }
                int outageCalls = platform.calls() + platform.tokenFetches() - callsBefore; // sends and token requests
                long deadDuringOutage = server.number("SELECT count(*) FROM outbox_message WHERE status = 'DEAD'");
                long maxAttempts = server.number("SELECT coalesce(max(attempts), 0) FROM outbox_message");
                platform.down(false);
                long recovered = System.currentTimeMillis();
                long deadline = recovered + 75_000;
                while (load.answered(platform) < load.acknowledged()
                        || server.number("SELECT count(*) FROM outbox_message WHERE status IN ('PENDING', "
                        + "'SENDING')") > 0) {
                    if (System.currentTimeMillis() > deadline) {
                        break;
                    }
                    Thread.sleep(250);
                }
                long dead = server.number("SELECT count(*) FROM outbox_message WHERE status = 'DEAD'");
                System.out.printf("PlatformOutageIT: outage %d s; acknowledged %d, answered %d, answered twice %d,"
                                + " dead letters %d, out of order %d users; platform calls during the outage %d,"
                                + " most attempts of a row %d; all answered %.1f s after recovery; webhook answers "
                                + "%s%n",
                        OUTAGE_MILLIS / 1000, load.acknowledged(), load.answered(platform),
                                load.answeredTwice(platform),
                        dead, load.outOfOrder(platform), outageCalls, maxAttempts,
                        (System.currentTimeMillis() - recovered) / 1000.0, load.statuses());
                
                assertEquals(0, deadDuringOutage, "no dead letter during the outage");
                assertEquals(0, dead, "no dead letter after it");
                assertEquals(load.acknowledged(), load.answered(platform), "every acknowledged query answered");
                assertEquals(0, load.answeredTwice(platform), "none answered twice");
                assertEquals(0, load.outOfOrder(platform), "each user's answers in order");
                assertTrue(maxAttempts <= 5, "the outage spent no row's attempts: " + maxAttempts);
                assertTrue(outageCalls < 300, "the paused worker probed instead of retrying every row: " + outageCalls);
                // ~960 on a loaded machine
                assertTrue(load.acknowledged() > 300, "the load ran: " + load.acknowledged());
            }
        }
    }
}
