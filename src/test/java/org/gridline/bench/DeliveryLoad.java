package org.gridline.bench;

import org.gridline.testing.PackagedServer;
import org.gridline.testing.PlatformStub;
import org.gridline.testing.PushClient;
import org.gridline.wechat.PushSigner;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * End-to-end benchmark (issue 4): webhook acknowledgement → the reply received by the platform (a stub in this JVM,
 * so both instants come from one clock). Each message comes from its own user, so a reply's recipient names the
 * message it answers. Phase 2 makes the platform fail 30% of calls with -1 and counts that every reply still arrives,
 * and none twice. Run with {@code bench/delivery.sh}.
 */
public final class DeliveryLoad {
    public static void main(String[] args) throws Exception {
        int rate = Integer.parseInt(System.getProperty("rate", "200"));
        int seconds = Integer.parseInt(System.getProperty("seconds", "20"));
        PushSigner signer = new PushSigner(PushClient.TOKEN, Optional.of(PushClient.AES_KEY), PushClient.APP_ID);
        try (PlatformStub platform = new PlatformStub()) {
            Map<String, String> env = new HashMap<>(PushClient.serverEnv());
            env.put("GRIDLINE_WECHAT_API_URL", platform.url());
            env.put("GRIDLINE_DELIVERY_RATE_PER_SECOND", "500");
            platform.rateLimit(600);
            PushClient.passThrough(env);
            env.put("GRIDLINE_DELIVERY_BACKOFF_BASE", "200ms");
            env.put("GRIDLINE_DELIVERY_BACKOFF_CAP", "2s");
            try (PackagedServer server = PackagedServer.start(Files.createTempDirectory("gridline-e2e"), env);
                 PushLoad load = new PushLoad(server.port(), 64)) {
                run(server, load, platform, signer, "warm-up (JIT)", Integer.getInteger("warmup", 6000), rate,
                        1_000_000);
                run(server, load, platform, signer, "e2e " + rate + "/s", rate * seconds, rate, 2_000_000);
                run(server, load, platform, signer, "e2e " + rate + "/s again", rate * seconds, rate, 2_500_000);
                platform.failShare(0.30, -1);
                run(server, load, platform, signer, "e2e " + rate + "/s, 30% -1", rate * seconds / 2, rate, 3_000_000);
                platform.failShare(0, 0);
                burst(server, platform, 10_000);
                System.out.printf("platform calls %d for %d messages accepted; 45011 answers: %d%n", platform.calls(),
                        platform.received().size(), platform.rateRefusals());
            }
        }
    }

    private static void run(PackagedServer server, PushLoad load, PlatformStub platform, PushSigner signer,
                            String label, int n, int rate, long firstId) throws Exception {
        String prefix = "o_e2e_" + firstId + "_";
        long[] acked = new long[n];
        LatencyRecorder acks = load.openLoop(PushLoad.texts(signer, n, firstId, i -> prefix + i), rate,
                (i, nanos) -> acked[i] = nanos);
        long deadline = System.currentTimeMillis() + 120_000;
        while (replies(platform, prefix).size() < acks.count() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(2000); // let any duplicate show up
        List<PlatformStub.Received> got = replies(platform, prefix);
        Map<String, List<PlatformStub.Received>> byUser = got.stream()
                .collect(Collectors.groupingBy(PlatformStub.Received::touser));
        long[] micros = byUser.entrySet().stream().mapToLong(e -> {
            int i = Integer.parseInt(e.getKey().substring(prefix.length()));
            return (e.getValue().get(0).atNanos() - acked[i]) / 1000;
        }).sorted().toArray();
        long duplicates = byUser.values().stream().filter(l -> l.size() > 1).count();
        System.out.printf("%-24s acked %5d  replies %5d  duplicates %d  ack→reply p50 %6.1f ms  p99 %6.1f ms  max "
                + "%6.1f ms%n",
                label, acks.count(), byUser.size(), duplicates, pct(micros, 50), pct(micros, 99),
                micros.length == 0 ? 0 : micros[micros.length - 1] / 1000.0);
        System.out.printf("  stages: inbox received→processed p50 %s ms p99 %s ms; outbox created→sent p50 %s ms p99 "
                + "%s ms%n",
                stage(server, "processed_at - received_at", "inbox_message", prefix, 0.5),
                stage(server, "processed_at - received_at", "inbox_message", prefix, 0.99),
                stage(server, "sent_at - created_at", "outbox_message", prefix, 0.5),
                stage(server, "sent_at - created_at", "outbox_message", prefix, 0.99));
    }

    /** {@code n} notifications committed at once (as a recruitment published to a whole street would). */
    private static void burst(PackagedServer server, PlatformStub platform, int n) throws Exception {
        String prefix = "o_burst_";
        try (var c = server.database(); var insert = c.prepareStatement("INSERT INTO outbox_message (openid, kind, "
                + "body,"
                + " source) VALUES (?, 'CUSTOM', ?::text::jsonb, 'bench')")) {
            for (int i = 0; i < n; i++) {
                insert.setString(1, prefix + i);
                insert.setString(2, "{\"touser\":\"" + prefix + i
                        + "\",\"msgtype\":\"text\",\"text\":{\"content\":\"招募令\"}}");
                insert.addBatch();
            }
            insert.executeBatch();
        }
        long start = System.nanoTime();
        int refusedBefore = platform.rateRefusals();
        while (replies(platform, prefix).size() < n && System.nanoTime() - start < 180_000_000_000L) {
            Thread.sleep(200);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long distinct = replies(platform, prefix).stream().map(PlatformStub.Received::touser).distinct().count();
        System.out.printf("%-24s delivered %5d of %d in %.1f s (%.0f/s; limit 500/s)  duplicates %d  45011 answers "
                + "%d%n",
                "burst of " + n, distinct, n, seconds, distinct / seconds, replies(platform, prefix).size() - distinct,
                platform.rateRefusals() - refusedBefore);
    }

    private static long stage(PackagedServer server, String interval, String table, String prefix, double p)
            throws Exception {
        return server.number("SELECT coalesce(percentile_cont(" + p + ") WITHIN GROUP (ORDER BY extract(epoch FROM "
                + interval + ")) * 1000, 0)::bigint FROM " + table + " WHERE openid LIKE '" + prefix + "%'");
    }

    private static List<PlatformStub.Received> replies(PlatformStub platform, String prefix) {
        return platform.received().stream().filter(r -> r.touser() != null && r.touser().startsWith(prefix)).toList();
    }

    private static double pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0
                : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1000.0;
    }
}
