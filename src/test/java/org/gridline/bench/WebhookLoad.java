package org.gridline.bench;

import org.gridline.testing.PackagedServer;
import org.gridline.testing.PushClient;
import org.gridline.wechat.PushSigner;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Webhook benchmark (issue 3): the packaged server on the embedded database with fsync on, and this generator beside
 * it sending signed safe-mode text pushes with distinct MsgIds. Prints messages/s and acknowledgement latency at a
 * fixed rate and at the maximum rate, then counts the rows durably stored. Run with {@code bench/webhook.sh}.
 */
public final class WebhookLoad {
    public static void main(String[] args) throws Exception {
        int rate = Integer.parseInt(System.getProperty("rate", "1000"));
        int seconds = Integer.parseInt(System.getProperty("seconds", "10"));
        int concurrency = Integer.parseInt(System.getProperty("concurrency", "64"));
        Map<String, String> env = new HashMap<>(PushClient.serverEnv());
        env.put("GRIDLINE_WECHAT_SECURITY_MODE", "safe");
        env.put("GRIDLINE_DELIVERY_ENABLED", "false"); // replies stay in the outbox: this measures the webhook alone
        PushClient.passThrough(env);
        PushSigner signer = new PushSigner(PushClient.TOKEN, Optional.of(PushClient.AES_KEY), PushClient.APP_ID);
        try (PackagedServer server = PackagedServer.start(Files.createTempDirectory("gridline-bench"), env);
             PushLoad load = new PushLoad(server.port(), concurrency)) {
            long id = 7_000_000_000L;
            LatencyRecorder warm = load.closedLoop(PushLoad.texts(signer, 120_000, id, i -> "o_bench_" + i % 5000),
                    concurrency, 15);
            System.out.println(warm.summary("warm-up (closed loop)", 15));
            drain(server);
            id += 120_000;
            LatencyRecorder fixed = load.openLoop(PushLoad.texts(signer, rate * seconds, id,
                    i -> "o_bench_" + i % 5000), rate, (i, nanos) -> { });
            System.out.println(fixed.summary("fixed rate " + rate + "/s", seconds));
            drain(server);
            id += rate * seconds;
            LatencyRecorder max = load.closedLoop(PushLoad.texts(signer, 12_000 * seconds, id,
                    i -> "o_bench_" + i % 5000), concurrency, seconds);
            System.out.println(max.summary("max rate (" + concurrency + " in flight)", seconds));
            System.out.printf("acknowledged %d, durably stored %d (fsync on)%n",
                    warm.count() + fixed.count() + max.count(), server.number("SELECT count(*) FROM inbox_message"));
            drain(server);
        }
    }

    /** Waits until every stored message is processed (handler + reply in the outbox) and prints how fast that went. */
    private static void drain(PackagedServer server) throws Exception {
        String pending = "SELECT count(*) FROM inbox_message WHERE processed_at IS NULL";
        long backlog = server.number(pending);
        long start = System.nanoTime();
        while (server.number(pending) > 0) {
            Thread.sleep(200);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long total = server.number("SELECT count(*) FROM inbox_message WHERE processed_at IS NOT NULL");
        long lastMinute = server.number("SELECT count(*) FROM inbox_message WHERE processed_at > now() - interval '5 "
                + "seconds'");
        System.out.printf("  processing backlog of %d drained in %.1f s (%d processed in all; %d in the last 5 s)%n",
                backlog, seconds, total, lastMinute);
    }
}
