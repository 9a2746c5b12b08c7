package org.gridline.bench;

import io.vertx.core.json.JsonObject;
import org.gridline.testing.PackagedServer;
import org.gridline.testing.PlatformStub;
import org.gridline.testing.PushClient;
import org.gridline.wechat.PushSigner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Dispatch benchmark (issue 7): a resident's "确认" → the new work order's notice to the assigned grid worker received
 * by the platform (a stub in this JVM, so both instants come from one clock). Each resident first sends one message
 * with everything (problem, a demo building, phone) and gets the summary; once every summary is out, the "确认"s go at
 * the fixed rate, each filing and dispatching a report in its transaction. The buildings span the four demo grids, so
 * the notices go to all eight demo workers. Rounds: JIT warm-up; the demo as shipped (workers without a subscription:
 * the customer-service fallback); workers subscribed to the dispatch template. Run with {@code bench/workorder.sh}.
 */
public final class WorkOrderLoad {
    private static final String[] BUILDINGS = {"幸福小区1栋", "幸福小区2栋", "幸福小区3栋", "幸福小区4栋", "幸福小区5栋",
            "幸福小区6栋", "昌盛花园1栋", "昌盛花园2栋", "昌盛花园3栋", "昌盛花园5栋", "白沙新村8栋", "群星苑1栋", "群星苑2栋",
            "群星苑3栋", "群星苑4栋", "群星苑5栋", "群星苑6栋", "星河公寓1栋", "星河公寓2栋"};
    private static final String[] PROBLEMS = {"楼道灯坏了好几天了", "门口的垃圾满了没人清", "电梯坏了，老人上不了楼",
            "门口路面坑坑洼洼的", "楼下有车乱停，堵得出不去", "楼下有人占道摆摊", "楼下的路灯不亮了"};
    private static final String DISPATCH_TEMPLATE = "workorder-dispatched";

    public static void main(String[] args) throws Exception {
        int rate = Integer.parseInt(System.getProperty("rate", "100"));
        int seconds = Integer.parseInt(System.getProperty("seconds", "20"));
        PushSigner signer = new PushSigner(PushClient.TOKEN, Optional.of(PushClient.AES_KEY), PushClient.APP_ID);
        try (PlatformStub platform = new PlatformStub()) {
            Map<String, String> env = new HashMap<>(PushClient.serverEnv());
            env.put("GRIDLINE_WECHAT_API_URL", platform.url());
            // the server runs elsewhere
            env.put("GRIDLINE_DEMO_DIRECTORY", Path.of("config/demo").toAbsolutePath().toString());
            PushClient.passThrough(env);
            try (PackagedServer server = PackagedServer.start(Files.createTempDirectory("gridline-workorder"), env);
                 PushLoad load = new PushLoad(server.port(), 64)) {
                System.out.printf("demo city: %d grids, %d workers%n", server.number("SELECT count(*) FROM grid"),
                        server.number("SELECT count(*) FROM grid_member WHERE role = 'WORKER'"));
                Round round = new Round(server, load, platform, signer, rate);
                round.run("warm-up (JIT)", rate * Integer.getInteger("warmup", 10), 10_000_000);
                round.run("no subscription: CS text", rate * seconds, 20_000_000);
                server.number("WITH s AS (INSERT INTO subscription (openid, template_id, remaining) SELECT DISTINCT"
                        + " openid, '" + DISPATCH_TEMPLATE + "', 1000000 FROM grid_member WHERE role IN ('WORKER',"
                        + " 'LEADER') ON CONFLICT DO NOTHING RETURNING 1) SELECT count(*) FROM s");
                round.run("subscribed: subscribe msg", rate * seconds, 30_000_000);
                System.out.printf("platform calls %d, accepted %d, 45011 answers %d%n", platform.calls(),
                        platform.received().size(), platform.rateRefusals());
            }
        }
    }

    /** One round: its residents' first messages, their summaries, then their "确认"s at the rate, and the figures. */
    private record Round(PackagedServer server, PushLoad load, PlatformStub platform, PushSigner signer, int rate) {
        void run(String label, int n, long firstId) throws Exception {
            String prefix = "o_wo_" + firstId + "_";
            // Reports of earlier rounds are closed, so none of this round's is offered to follow one of them instead.
            server.number("WITH c AS (UPDATE report SET status = 'CLOSED' WHERE status NOT IN ('RESOLVED', 'CLOSED',"
                    + " 'CANCELLED') RETURNING 1) SELECT count(*) FROM c");
            load.openLoop(PushLoad.texts(signer, n, firstId, i -> prefix + i, WorkOrderLoad::firstMessage),
                    Math.max(rate, 200), (i, nanos) -> { });
            awaitUpTo(180, () -> summaries(prefix) >= n);
            long summaries = summaries(prefix);
            long inboxBefore = server.number("SELECT coalesce(max(id), 0) FROM inbox_message");
            long outboxBefore = server.number("SELECT coalesce(max(id), 0) FROM outbox_message");
            long[] acked = new long[n];
            LatencyRecorder acks = load.openLoop(PushLoad.texts(signer, n, firstId + n, i -> prefix + i, i -> "确认"),
                    rate, (i, nanos) -> acked[i] = nanos);
            Notices notices = new Notices(server, platform, prefix);
            awaitUpTo(180, () -> notices.refresh() >= summaries);
            LatencyRecorder e2e = notices.latencies(acked);
            System.out.printf("%-26s summaries %5d of %d  confirms acked %5d (%.0f/s)  filed %5d (%d/s)  worker"
                            + " notices %5d  never arrived %d%n", label, summaries, n, acks.count(), perSecond(acked),
                    notices.filed(), filedPerSecond(prefix), e2e.count(), notices.filed() - e2e.count());
            System.out.printf("  confirm ack → worker notice at the platform: %s  (to %d workers in %d grids)%n",
                    e2e.percentiles(), server.number("SELECT count(DISTINCT assignee) FROM report WHERE reporter LIKE '"
                            + prefix + "%'"),
                            server.number("SELECT count(DISTINCT grid_code) FROM report WHERE reporter"
                            + " LIKE '" + prefix + "%'"));
            System.out.printf("  stages: webhook ack p99 %s ms; inbox received→processed p50 %d ms p99 %d ms;"
                            + " notice outbox created→sent p50 %d ms p99 %d ms; notices via CS fallback %d%n",
                    String.format("%.1f", acks.percentile(99) / 1000.0),
                    stage("processed_at - received_at", "inbox_message", inboxBefore, "openid LIKE '" + prefix + "%'",
                            0.5),
                    stage("processed_at - received_at", "inbox_message", inboxBefore, "openid LIKE '" + prefix + "%'",
                            0.99),
                    stage("sent_at - created_at", "outbox_message", outboxBefore, workerNotice(), 0.5),
                    stage("sent_at - created_at", "outbox_message", outboxBefore, workerNotice(), 0.99),
                    server.number("SELECT count(*) FROM outbox_message WHERE id > " + outboxBefore + " AND "
                            + workerNotice() + " AND kind = 'CUSTOM'"));
            if (n != summaries || notices.filed() != summaries) {
                System.out.printf("  SHORTFALL: %d of %d residents got no summary, %d confirmed ones were not filed%n",
                        n - summaries, n, summaries - notices.filed());
                platform.received().stream().filter(r -> r.touser() != null && r.touser().startsWith(prefix))
                        .filter(r -> !text(r.body()).contains("请核对") && !text(r.body()).contains("上报成功")).limit(5)
                        .forEach(r -> System.out.printf("  e.g. %s got: %s%n", firstMessage(Integer.parseInt(
                                r.touser().substring(prefix.length()))), text(r.body()).replace('\n', ' ')));
            }
        }

        private long summaries(String prefix) {
            return platform.received().stream().filter(r -> r.touser() != null && r.touser().startsWith(prefix))
                    .filter(r -> text(r.body()).contains("请核对")).count();
        }

        private long filedPerSecond(String prefix) throws Exception {
            long spanMillis = server.number("SELECT (extract(epoch FROM max(created_at) - min(created_at)) * 1000)"
                    + "::bigint FROM report WHERE reporter LIKE '" + prefix + "%'");
            return spanMillis == 0 ? 0 : server.number("SELECT count(*) FROM report WHERE reporter LIKE '" + prefix
                    + "%'") * 1000 / spanMillis;
        }

        private long stage(String interval, String table, long afterId, String where, double p) throws Exception {
            return server.number("SELECT coalesce(percentile_cont(" + p + ") WITHIN GROUP (ORDER BY extract(epoch FROM "
                    + interval + ")) * 1000, 0)::bigint FROM " + table + " WHERE id > " + afterId + " AND " + where);
        }

        private static String workerNotice() {
            return "source LIKE 'workorder:%' AND openid IN (SELECT openid FROM grid_member WHERE role = 'WORKER')";
        }
    }

    /** Resident {@code i}'s first message: a problem at a demo building, with a phone number. */
    static String firstMessage(int i) {
        return BUILDINGS[i % BUILDINGS.length] + PROBLEMS[i / BUILDINGS.length % PROBLEMS.length] + " 电话1380013"
                + String.format("%04d", i % 10_000);
    }

    /** A customer-service text's content ("" for anything else). */
    static String text(JsonObject body) {
        JsonObject text = body == null ? null : body.getJsonObject("text");
        return text == null ? "" : text.getString("content", "");
    }

    private static double perSecond(long[] nanos) {
        long first = Long.MAX_VALUE;
        long last = 0;
        int count = 0;
        for (long t : nanos) {
            if (t != 0) {
                first = Math.min(first, t);
                last = Math.max(last, t);
                count++;
            }
        }
        return last <= first ? 0 : (count - 1) * 1e9 / (last - first);
    }

    private static void awaitUpTo(int seconds, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
    }
}
