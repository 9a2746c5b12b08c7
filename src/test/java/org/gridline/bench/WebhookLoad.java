package org.gridline.bench;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import org.gridline.testing.PackagedServer;
import org.gridline.wechat.CallbackRequest;
import org.gridline.wechat.PushSigner;
import org.gridline.wechat.SecurityMode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Webhook benchmark (issue 3): the packaged server on the embedded database with fsync on, and this generator beside
 * it sending signed safe-mode text pushes with distinct MsgIds. Prints messages/s and acknowledgement latency at a
 * fixed rate and at the maximum rate, then counts the rows durably stored. Run with {@code bench/webhook.sh}.
 */
public final class WebhookLoad {
    private static final String TOKEN = "bench-token";
    private static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final String APP_ID = "wxbench0000000001";

    public static void main(String[] args) throws Exception {
        int fixedRate = Integer.parseInt(System.getProperty("rate", "1000"));
        int seconds = Integer.parseInt(System.getProperty("seconds", "10"));
        int concurrency = Integer.parseInt(System.getProperty("concurrency", "64"));
        Path work = Files.createTempDirectory("gridline-bench");
        Map<String, String> env = Map.of("GRIDLINE_WECHAT_APP_ID", APP_ID, "GRIDLINE_WECHAT_TOKEN", TOKEN,
                "GRIDLINE_WECHAT_ENCODING_AES_KEY", AES_KEY, "GRIDLINE_WECHAT_SECURITY_MODE", "safe",
                "QUARKUS_LOG_CATEGORY__ORG_GRIDLINE_WECHAT__LEVEL", "ERROR");
        PushSigner signer = new PushSigner(TOKEN, Optional.of(AES_KEY), APP_ID);
        Vertx vertx = Vertx.vertx();
        try (PackagedServer server = PackagedServer.start(work, env)) {
            HttpClient http = vertx.createHttpClient(new HttpClientOptions().setDefaultHost("localhost")
                    .setDefaultPort(server.port())
                    .setKeepAlive(true), new io.vertx.core.http.PoolOptions().setHttp1MaxSize(concurrency));
            AtomicInteger ids = new AtomicInteger();
            LatencyRecorder warm = closedLoop(http, signer, ids, concurrency, 5);
            System.out.println(warm.summary("warm-up (closed loop)", 5));
            LatencyRecorder fixed = openLoop(vertx, http, signer, ids, fixedRate, seconds);
            System.out.println(fixed.summary("fixed rate " + fixedRate + "/s", seconds));
            LatencyRecorder max = closedLoop(http, signer, ids, concurrency, seconds);
            System.out.println(max.summary("max rate (" + concurrency + " in flight)", seconds));
            long stored = countStored(server);
            System.out.printf("acknowledged %d, durably stored %d (fsync on)%n",
                    warm.count() + fixed.count() + max.count(), stored);
        } finally {
            vertx.close();
        }
    }

    /** Open loop: one request every 1/rate seconds whatever the answers do, latency from the scheduled send. */
    private static LatencyRecorder openLoop(Vertx vertx, HttpClient http, PushSigner signer, AtomicInteger ids,
                                            int rate, int seconds) throws InterruptedException {
        LatencyRecorder recorder = new LatencyRecorder();
        int total = rate * seconds;
        List<CallbackRequest> requests = prepare(signer, ids, total);
        CountDownLatch done = new CountDownLatch(total);
        long start = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        long timer = vertx.setPeriodic(1, t -> {
            long due = (System.nanoTime() - start) * rate / 1_000_000_000L;
            while (next.get() < Math.min(due, total)) {
                int i = next.getAndIncrement();
                long scheduled = start + i * 1_000_000_000L / rate;
                send(http, requests.get(i), scheduled, recorder, done);
            }
        });
        done.await(seconds + 60L, TimeUnit.SECONDS);
        vertx.cancelTimer(timer);
        return recorder;
    }

    /** Closed loop: {@code concurrency} requests in flight at all times for {@code seconds}. */
    private static LatencyRecorder closedLoop(HttpClient http, PushSigner signer, AtomicInteger ids, int concurrency,
                                              int seconds) throws InterruptedException {
        LatencyRecorder recorder = new LatencyRecorder();
        List<CallbackRequest> requests = prepare(signer, ids, 12_000 * seconds);
        AtomicInteger next = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch loops = new CountDownLatch(concurrency);
        for (int c = 0; c < concurrency; c++) {
            loop(http, requests, next, end, recorder, loops);
        }
        loops.await(seconds + 60L, TimeUnit.SECONDS);
        return recorder;
    }

    private static void loop(HttpClient http, List<CallbackRequest> requests, AtomicInteger next, long end,
                             LatencyRecorder recorder, CountDownLatch loops) {
        int i = next.getAndIncrement();
        if (System.nanoTime() >= end || i >= requests.size()) {
            loops.countDown();
            return;
        }
        CountDownLatch one = new CountDownLatch(1);
        send(http, requests.get(i), System.nanoTime(), recorder, one, () -> loop(http, requests, next, end, recorder, loops));
    }

    private static void send(HttpClient http, CallbackRequest r, long scheduledNanos, LatencyRecorder recorder,
                             CountDownLatch done) {
        send(http, r, scheduledNanos, recorder, done, () -> { });
    }

    private static void send(HttpClient http, CallbackRequest r, long scheduledNanos, LatencyRecorder recorder,
                             CountDownLatch done, Runnable then) {
        String uri = "/wechat/callback?signature=" + r.signature() + "&timestamp=" + r.timestamp() + "&nonce="
                + enc(r.nonce()) + "&encrypt_type=aes&msg_signature=" + r.msgSignature() + "&openid=" + enc(r.openid());
        http.request(new RequestOptions().setMethod(HttpMethod.POST).setURI(uri).putHeader("Content-Type", "text/xml"))
                .compose(req -> req.send(Buffer.buffer(r.body())))
                .compose(resp -> resp.body().map(b -> resp.statusCode() == 200 && "success".equals(b.toString())))
                .onComplete(ar -> {
                    if (ar.succeeded() && ar.result()) {
                        recorder.record((System.nanoTime() - scheduledNanos) / 1000);
                    } else {
                        recorder.error();
                    }
                    done.countDown();
                    then.run();
                });
    }

    private static List<CallbackRequest> prepare(PushSigner signer, AtomicInteger ids, int n) {
        List<CallbackRequest> requests = new ArrayList<>(n);
        long now = System.currentTimeMillis() / 1000;
        for (int i = 0; i < n; i++) {
            int id = ids.incrementAndGet();
            String openid = "o_bench_user_" + (id % 5000);
            String body = "<xml><ToUserName><![CDATA[gh_bench]]></ToUserName><FromUserName><![CDATA[" + openid
                    + "]]></FromUserName><CreateTime>" + now + "</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                    + "<Content><![CDATA[3栋楼道灯坏了好几天了 #" + id + "]]></Content><MsgId>" + (7_000_000_000L + id)
                    + "</MsgId></xml>";
            requests.add(signer.sign(SecurityMode.SAFE, body, Long.toString(now), "n" + id));
        }
        return requests;
    }

    private static long countStored(PackagedServer server) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:postgresql://localhost:" + server.embeddedDatabasePort()
                + "/postgres", "postgres", "postgres"); var rs = c.createStatement()
                .executeQuery("SELECT count(*) FROM inbox_message")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
