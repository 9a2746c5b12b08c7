package org.gridline.testing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scriptable stand-in for the platform API, on a local port: issues tokens, accepts messages, and answers with
 * scripted errcodes per recipient or a random share of failures. Records what it accepted, and when.
 */
public final class PlatformStub implements AutoCloseable {
    /** A message the stub accepted. */
    public record Received(String path, String touser, String token, JsonObject body, long atNanos) {
    }

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final AtomicInteger tokenFetches = new AtomicInteger();
    private final AtomicInteger calls = new AtomicInteger();
    private final Map<String, Deque<Integer>> scripts = new ConcurrentHashMap<>();
    private final List<Received> received = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile String token = "tok-0";
    private volatile boolean down;
    private volatile long delayMillis;
    private volatile double failShare;
    private volatile int failCode = -1;
    private volatile int ratePerSecond = Integer.MAX_VALUE;
    private final AtomicInteger rateRefusals = new AtomicInteger();
    private long windowSecond;
    private int windowCalls;

    public PlatformStub() throws Exception {
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create());
        router.post("/cgi-bin/stable_token").handler(this::token);
        router.post("/cgi-bin/message/custom/send").handler(this::send);
        router.post("/cgi-bin/message/subscribe/send").handler(this::send);
        server = vertx.createHttpServer().requestHandler(router).listen(0).toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }

    public String url() {
        return "http://localhost:" + server.actualPort();
    }

    /** Answers the next sends to {@code touser} with these errcodes, in order, then succeeds. */
    public void script(String touser, Integer... errcodes) {
        scripts.put(touser, new ConcurrentLinkedDeque<>(List.of(errcodes)));
    }

    /** Fails this share of all sends (not token calls) with {@code errcode}. */
    public void failShare(double share, int errcode) {
        failShare = share;
        failCode = errcode;
    }

    /** An outage: while down, every call (tokens too) answers HTTP 503 with no JSON, as a failing gateway does. */
    public void down(boolean isDown) {
        down = isDown;
    }

    /** Answers every send this much later (a slow platform: sends stay in flight). */
    public void delay(java.time.Duration delay) {
        delayMillis = delay.toMillis();
    }

    /** Like the platform's per-app limit: more than {@code perSecond} sends in one second get 45011. */
    public void rateLimit(int perSecond) {
        ratePerSecond = perSecond;
    }

    /** Sends refused with 45011 by {@link #rateLimit}. */
    public int rateRefusals() {
        return rateRefusals.get();
    }

    /** The platform issues a new token: holders of the old one get 40001. */
    public void rotateToken() {
        token = "tok-" + tokenFetches.get() + "-" + ThreadLocalRandom.current().nextInt(1_000_000);
    }

    public int tokenFetches() {
        return tokenFetches.get();
    }

    public int calls() {
        return calls.get();
    }

    public List<Received> received() {
        synchronized (received) {
            return new ArrayList<>(received);
        }
    }

    public List<Received> receivedBy(String touser) {
        return received().stream().filter(r -> touser.equals(r.touser())).toList();
    }

    private void token(RoutingContext ctx) {
        tokenFetches.incrementAndGet();
        if (down) {
            ctx.response().setStatusCode(503).end("upstream unavailable");
            return;
        }
        JsonObject request = ctx.body().asJsonObject();
        if (request == null || Boolean.TRUE.equals(request.getBoolean("force_refresh"))) {
            json(ctx, new JsonObject().put("errcode", 40013).put("errmsg", "force_refresh is not expected here"));
            return;
        }
        json(ctx, new JsonObject().put("access_token", token).put("expires_in", 7200));
    }

    private void send(RoutingContext ctx) {
        long delay = delayMillis;
        if (delay > 0) {
            vertx.setTimer(delay, id -> answer(ctx));
        } else {
            answer(ctx);
        }
    }

    private void answer(RoutingContext ctx) {
        calls.incrementAndGet();
        if (down) {
            ctx.response().setStatusCode(503).end("upstream unavailable");
            return;
        }
        JsonObject body = ctx.body().asJsonObject();
        String touser = body == null ? null : body.getString("touser");
        if (!token.equals(ctx.request().getParam("access_token"))) {
            json(ctx, error(40001, "invalid credential"));
            return;
        }
        if (overRate()) {
            rateRefusals.incrementAndGet();
            json(ctx, error(45011, "api minute-quota reach limit"));
            return;
        }
        Deque<Integer> script = touser == null ? null : scripts.get(touser);
        Integer scripted = script == null ? null : script.poll();
        if (scripted != null && scripted != 0) {
            json(ctx, error(scripted, "scripted failure"));
            return;
        }
        if (failShare > 0 && ThreadLocalRandom.current().nextDouble() < failShare) {
            json(ctx, error(failCode, "random failure"));
            return;
        }
        received.add(new Received(ctx.request().path(), touser, ctx.request().getParam("access_token"), body,
                System.nanoTime()));
        json(ctx, error(0, "ok"));
    }

    private synchronized boolean overRate() {
        long second = System.nanoTime() / 1_000_000_000L;
        if (second != windowSecond) {
            windowSecond = second;
            windowCalls = 0;
        }
        return ++windowCalls > ratePerSecond;
    }

    private static JsonObject error(int errcode, String errmsg) {
        return new JsonObject().put("errcode", errcode).put("errmsg", errmsg);
    }

    private static void json(RoutingContext ctx, JsonObject body) {
        ctx.response().putHeader("Content-Type", "application/json").end(body.encode());
    }

    @Override
    public void close() {
        vertx.close();
    }
}
