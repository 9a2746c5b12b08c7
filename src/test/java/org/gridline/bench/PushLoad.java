package org.gridline.bench;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import org.gridline.wechat.CallbackRequest;
import org.gridline.wechat.PushSigner;
import org.gridline.wechat.SecurityMode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * The load generator of the benchmarks: signed safe-mode pushes posted to a server's callback over keep-alive
 * connections, at a fixed rate (open loop: latency counted from the scheduled send, so a slow server cannot hide its
 * queue) or as fast as {@code concurrency} requests in flight allow (closed loop).
 */
final class PushLoad implements AutoCloseable {
    /** Called with the request's index and the nanoTime its "success" arrived. */
    interface Acked {
        void at(int index, long nanos);
    }

    private final Vertx vertx = Vertx.vertx();
    private final HttpClient http;

    PushLoad(int port, int concurrency) {
        http = vertx.createHttpClient(new HttpClientOptions().setDefaultHost("localhost").setDefaultPort(port)
                .setKeepAlive(true), new PoolOptions().setHttp1MaxSize(concurrency));
    }

    /** {@code n} signed text pushes, message {@code i} from {@code openid.apply(i)}, MsgIds from {@code firstId}. */
    static List<CallbackRequest> texts(PushSigner signer, int n, long firstId, IntFunction<String> openid) {
        return texts(signer, n, firstId, openid, i -> "3栋楼道灯坏了好几天了 #" + (firstId + i));
    }

    /** The same, message {@code i} saying {@code content.apply(i)}. */
    static List<CallbackRequest> texts(PushSigner signer, int n, long firstId, IntFunction<String> openid,
                                       IntFunction<String> content) {
        List<CallbackRequest> requests = new ArrayList<>(n);
        long now = System.currentTimeMillis() / 1000;
        for (int i = 0; i < n; i++) {
            long id = firstId + i;
            String body = "<xml><ToUserName><![CDATA[gh_bench]]></ToUserName><FromUserName><![CDATA["
                    + openid.apply(i) + "]]></FromUserName><CreateTime>" + now
                    + "</CreateTime><MsgType><![CDATA[text]]>"
                    + "</MsgType><Content><![CDATA[" + content.apply(i) + "]]></Content><MsgId>" + id
                    + "</MsgId></xml>";
            requests.add(signer.sign(SecurityMode.SAFE, body, Long.toString(now), "n" + id));
        }
        return requests;
    }

    LatencyRecorder openLoop(List<CallbackRequest> requests, int rate, Acked acked) throws InterruptedException {
        LatencyRecorder recorder = new LatencyRecorder();
        int total = requests.size();
        CountDownLatch done = new CountDownLatch(total);
        long start = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        long timer = vertx.setPeriodic(1, t -> {
            long due = (System.nanoTime() - start) * rate / 1_000_000_000L;
            while (next.get() < Math.min(due, total)) {
                int i = next.getAndIncrement();
                send(requests.get(i), start + i * 1_000_000_000L / rate, recorder, () -> { },
                        nanos -> acked.at(i, nanos), done);
            }
        });
        done.await(total / rate + 120L, TimeUnit.SECONDS);
        vertx.cancelTimer(timer);
        return recorder;
    }

    LatencyRecorder closedLoop(List<CallbackRequest> requests, int concurrency,
            int seconds) throws InterruptedException {
        LatencyRecorder recorder = new LatencyRecorder();
        AtomicInteger next = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch loops = new CountDownLatch(concurrency);
        for (int c = 0; c < concurrency; c++) {
            loop(requests, next, end, recorder, loops);
        }
        loops.await(seconds + 60L, TimeUnit.SECONDS);
        return recorder;
    }

    private void loop(List<CallbackRequest> requests, AtomicInteger next, long end, LatencyRecorder recorder,
                      CountDownLatch loops) {
        int i = next.getAndIncrement();
        if (System.nanoTime() >= end || i >= requests.size()) {
            loops.countDown();
            return;
        }
        send(requests.get(i), System.nanoTime(), recorder, () -> loop(requests, next, end, recorder, loops),
                nanos -> { }, new CountDownLatch(1));
    }

    private void send(CallbackRequest r, long scheduledNanos, LatencyRecorder recorder, Runnable then,
                      java.util.function.LongConsumer onAck, CountDownLatch done) {
        String uri = "/wechat/callback?signature=" + r.signature() + "&timestamp=" + r.timestamp() + "&nonce="
                + enc(r.nonce()) + "&encrypt_type=aes&msg_signature=" + r.msgSignature() + "&openid=" + enc(r.openid());
        http.request(new RequestOptions().setMethod(HttpMethod.POST).setURI(uri).putHeader("Content-Type", "text/xml"))
                .compose(req -> req.send(Buffer.buffer(r.body())))
                .compose(resp -> resp.body().map(b -> resp.statusCode() == 200 && "success".equals(b.toString())))
                .onComplete(ar -> {
                    long now = System.nanoTime();
                    if (ar.succeeded() && ar.result()) {
                        recorder.record((now - scheduledNanos) / 1000);
                        onAck.accept(now);
                    } else {
                        recorder.error();
                    }
                    done.countDown();
                    then.run();
                });
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        vertx.close();
    }
}
