package org.gridline.notify;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.gridline.testing.InTransaction;
import org.gridline.testing.PlatformStub;
import org.gridline.testing.PlatformStubResource;
import org.gridline.wechat.MessageBuilder;
import org.gridline.wechat.SecurityMode;
import org.gridline.wechat.Webhook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.*;

/** Delivery against a scripted platform stub: tokens, retries, dead letters, fallbacks, pacing, and claims. */
@QuarkusTest
@QuarkusTestResource(value = PlatformStubResource.class, restrictToAnnotatedClass = true)
class DeliveryTest {
    @Inject
    Pool pool;
    @Inject
    OutboxStore store;
    @Inject
    PlatformClient client;
    @Inject
    DeliveryMetrics metrics;
    @Inject
    DeliveryConfig config;
    @Inject
    DeliveryWorker worker;
    @Inject
    Vertx vertx;
    @Inject
    Outbox outbox;

    OutboxRows rows;
    PlatformStub stub;
    String user;

    @BeforeEach
    void fresh() {
        rows = new OutboxRows(pool);
        stub = PlatformStubResource.stub();
        user = "o_dlv_" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void fiftyConcurrentSendsHittingARotatedTokenShareOneRefetch() {
        stub.rotateToken();
        int fetchesBefore = stub.tokenFetches();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ids.add(rows.text(user + "_" + i, "m" + i)); // 50 users: their sends go at once (one user's go in turn)
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> receivedByUsersOf(user).size() == 50);
        assertEquals(1, stub.tokenFetches() - fetchesBefore, "one fetch however many sends waited for it");
        assertEquals(1, receivedByUsersOf(user).stream().map(PlatformStub.Received::token).distinct().count());
        ids.forEach(id -> assertEquals("SENT", rows.status(id)));
    }

    @Test
    void systemBusyTwiceThenSuccessIsDeliveredOnce() {
        stub.script(user, -1, -1);
        long id = rows.text(user, "路灯已修好");
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(rows.status(id)));
        assertEquals(3, rows.row(id).getInteger("attempts"));
        assertEquals(1, stub.receivedBy(user).size());
        org.gridline.testing.Management.given().get("/q/metrics").then().body(
                org.hamcrest.Matchers.containsString("gridline_delivery_sent_total"),
                org.hamcrest.Matchers.containsString("gridline_delivery_latency_seconds{quantile=\"0.99\"}"));
    }

    @Test
    void aReplyIsRetriedForItsUsefulLifeNotForAnAttemptBudget() {
        stub.script(user, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1); // 10 failures: more than the old budget of 8
        long id = rows.text(user, "arrives in the end");
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(rows.status(id)));
        assertEquals(11, rows.row(id).getInteger("attempts"));
        assertEquals(1, stub.receivedBy(user).size());
    }

    @Test
    void aNoticeThatKeepsFailingPastItsOwnDeadlineBecomesADeadLetterWithItsReason() {
        rows.grant(user, "TPL_DEADLINE", 1);
        Integer[] failures = new Integer[19]; // fewer than the breaker's threshold: this is one message failing
        java.util.Arrays.fill(failures, -1);
        stub.script(user, failures);
        OffsetDateTime deadline = OffsetDateTime.now().plus(Duration.ofMillis(150));
        long id = InTransaction.run(vertx.getDelegate(), () -> outbox.notify(user, "TPL_DEADLINE", "pages/index",
                Map.of("thing1", "活动今晚开始"), "test", null, deadline)).id;
        await().atMost(Duration.ofSeconds(10)).until(() -> "DEAD".equals(rows.status(id)));
        assertTrue(rows.row(id).getInteger("attempts") > 1, "retried until its deadline, not dead at once");
        assertEquals(-1, rows.row(id).getInteger("last_errcode"));
        assertTrue(stub.receivedBy(user).isEmpty());
        org.gridline.testing.Management.given().get("/q/metrics").then().body(
                org.hamcrest.Matchers.containsString("gridline_delivery_failed_total{errcode=\"-1\"}"),
                org.hamcrest.Matchers.containsString("gridline_delivery_dead_lettered_total"),
                org.hamcrest.Matchers.containsString("gridline_delivery_retried_total"));
    }

    @Test
    void errorsThatRetryingCannotFixAreDeadLettersAtOnce() {
        stub.script(user, 40003);
        long id = rows.text(user, "bad openid");
        await().atMost(Duration.ofSeconds(10)).until(() -> "DEAD".equals(rows.status(id)));
        assertEquals(1, rows.row(id).getInteger("attempts"));
        assertTrue(rows.row(id).getString("last_error").contains("40003"));
    }

    @Test
    void aClosedReplyWindowFallsBackToASubscribeMessageWhenSubscribed() {
        rows.grant(user, "TPL_UPDATE", 1);
        stub.script(user, 45015);
        long id = rows.textWithFallback(user, "您的上报已办结", "TPL_UPDATE");
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(rows.status(id)));
        assertEquals("SUBSCRIBE", rows.row(id).getString("kind"));
        assertEquals("/cgi-bin/message/subscribe/send", stub.receivedBy(user).get(0).path());
        assertEquals(0, rows.remaining(user, "TPL_UPDATE"), "the subscription was consumed");
    }

    @Test
    void withoutSubscriptionAClosedWindowHoldsTheReplyUntilTheUserWritesAndThenSendsItFirst() {
        stub.script(user, 45015);
        long id = rows.textWithFallback(user, "您的上报已受理", "TPL_NONE");
        await().atMost(Duration.ofSeconds(10)).until(() -> "HELD".equals(rows.status(id)));

        userWrites("在吗");
        await().atMost(Duration.ofSeconds(10)).until(() -> stub.receivedBy(user).size() == 2);
        List<PlatformStub.Received> got = stub.receivedBy(user);
        assertEquals("您的上报已受理", got.get(0).body().getJsonObject("text").getString("content"), "held reply first");
        assertTrue(got.get(1).body().getJsonObject("text").getString("content").contains("网格服务助手"));
    }

    @Test
    void aWorkOrderNoticeGoesAsASubscribeMessageWhenTheWorkerIsSubscribed() {
        rows.grant(user, "TPL_ORDER", 1);
        rows.lastWrote(user, OffsetDateTime.now().minusHours(1));
        long id = notifyWithFallback("TPL_ORDER", "新工单：楼道堆物");
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(rows.status(id)));
        List<PlatformStub.Received> got = stub.receivedBy(user);
        assertEquals(1, got.size(), "the subscribe message only, no customer-service message");
        assertEquals(OutboundMessage.SUBSCRIBE_SEND, got.get(0).path());
        assertEquals("SUBSCRIBE", rows.row(id).getString("kind"));
        assertEquals(0, rows.remaining(user, "TPL_ORDER"));
    }

    @Test
    void withoutASubscriptionAWorkerWhoWroteWithin48HoursGetsTheCustomerServiceFallback() {
        rows.lastWrote(user, OffsetDateTime.now().minusHours(47));
        long id = notifyWithFallback("TPL_ORDER", "新工单：楼道堆物");
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(rows.status(id)));
        List<PlatformStub.Received> got = stub.receivedBy(user);
        assertEquals(1, got.size(), "exactly one message, and no subscribe call");
        assertEquals(OutboundMessage.CUSTOM_SEND, got.get(0).path());
        assertEquals("新工单：楼道堆物", got.get(0).body().getJsonObject("text").getString("content"));
        assertEquals("CUSTOM", rows.row(id).getString("kind"));
    }

    @Test
    void withoutASubscriptionAndAClosedWindowTheFallbackIsHeldUntilTheWorkerWrites() {
        rows.lastWrote(user, OffsetDateTime.now().minusHours(49));
        long id = notifyWithFallback("TPL_ORDER", "新工单：路灯不亮");
        await().atMost(Duration.ofSeconds(10)).until(() -> "HELD".equals(rows.status(id)));
        assertTrue(stub.receivedBy(user).isEmpty(), "nothing sent while the window is closed");
        assertEquals("CUSTOM", rows.row(id).getString("kind"));

        userWrites("收到");
        await().atMost(Duration.ofSeconds(10)).until(() -> stub.receivedBy(user).size() == 2);
        List<String> contents = stub.receivedBy(user).stream()
                .map(r -> r.body().getJsonObject("text").getString("content")).toList();
        assertEquals("新工单：路灯不亮", contents.get(0), "the held notice first");
        assertEquals(1, contents.stream().filter("新工单：路灯不亮"::equals).count(), "delivered once");
        assertEquals("SENT", rows.status(id));
    }

    @Test
    void aRefusedSubscriptionFallsBackToTheCustomerServiceMessage() {
        rows.grant(user, "TPL_ORDER", 3);
        rows.lastWrote(user, OffsetDateTime.now().minusHours(1));
        stub.script(user, 43101);
        long id = notifyWithFallback("TPL_ORDER", "新工单：井盖缺失");
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(rows.status(id)));
        List<PlatformStub.Received> got = stub.receivedBy(user);
        assertEquals(1, got.size());
        assertEquals(OutboundMessage.CUSTOM_SEND, got.get(0).path());
        assertEquals("新工单：井盖缺失", got.get(0).body().getJsonObject("text").getString("content"));
        assertEquals(0, rows.remaining(user, "TPL_ORDER"), "the refused subscription was marked used up");
    }

    @Test
    void withoutAFallbackOrASubscriptionTheNoticeIsSkipped() {
        rows.lastWrote(user, OffsetDateTime.now().minusHours(1));
        long id = InTransaction.run(vertx.getDelegate(), () -> outbox.notify(user, "TPL_ORDER", "pages/index",
                Map.of("thing1", "新工单"), "test")).id;
        await().atMost(Duration.ofSeconds(10)).until(() -> "SKIPPED".equals(rows.status(id)));
        assertTrue(stub.receivedBy(user).isEmpty());
        assertTrue(rows.row(id).getString("last_error").contains("no subscription left for TPL_ORDER"));
    }

    @Test
    void whatIsDecidedWithoutCallingThePlatformTakesNothingFromTheRateLimit() {
        rows.lastWrote(user, OffsetDateTime.now().minusHours(1));
        long before = worker.pacedCalls();
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(InTransaction.run(vertx.getDelegate(), () -> outbox.notify(user, "TPL_NONE", "pages/index",
                    Map.of("thing1", "新工单"), "test")).id);
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> ids.stream().allMatch(id -> "SKIPPED".equals(rows.status(id))));
        // 40 local decisions; other tests' leftovers may make a call or two meanwhile, never 40
        assertTrue(worker.pacedCalls() - before < 40, "local decisions took tokens: " + (worker.pacedCalls() - before));
        assertTrue(stub.receivedBy(user).isEmpty());
    }

    /** What the stub accepted for the users {@code prefix_0}, {@code prefix_1}, … of one test. */
    private List<PlatformStub.Received> receivedByUsersOf(String prefix) {
        return stub.received().stream().filter(r -> r.touser() != null && r.touser().startsWith(prefix + "_")).toList();
    }

    private long notifyWithFallback(String templateId, String fallbackText) {
        return InTransaction.run(vertx.getDelegate(), () -> outbox.notify(user, templateId, "pages/index",
                Map.of("thing1", "新工单"), "test", OutboundMessage.text(user, fallbackText))).id;
    }

    /** The user writes to the official account, through the real webhook (UserActivity reopens the window). */
    private void userWrites(String text) {
        Webhook.push(SecurityMode.SAFE, MessageBuilder.of(user, System.currentTimeMillis() / 1000, "text")
                .with("Content", text).with("MsgId", Long.toString(System.nanoTime())).xml()).statusCode(200);
    }

    @Test
    void aSubscribeMessageConsumesOneSubscriptionAndWithoutOneNothingIsSent() {
        rows.grant(user, "TPL_A", 1);
        long first = rows.subscribeMessage(user, "TPL_A", "第一条");
        long second = rows.subscribeMessage(user, "TPL_A", "第二条");
        await().atMost(Duration.ofSeconds(10)).until(() -> !rows.status(first).equals("PENDING")
                && !rows.status(second).equals("PENDING") && !rows.status(second).equals("SENDING"));
        List<String> statuses = List.of(rows.status(first), rows.status(second));
        assertTrue(statuses.contains("SENT") && statuses.contains("SKIPPED"), statuses.toString());
        assertEquals(1, stub.receivedBy(user).size());
    }

    @Test
    void aRefusedSubscriptionIsMarkedUsedUp() {
        rows.grant(user, "TPL_B", 3);
        stub.script(user, 43101);
        long id = rows.subscribeMessage(user, "TPL_B", "x");
        await().atMost(Duration.ofSeconds(10)).until(() -> "SKIPPED".equals(rows.status(id)));
        assertEquals(0, rows.remaining(user, "TPL_B"));
    }

    @Test
    void aBurstIsPacedByTheRateLimitNotDropped() {
        int n = 120;
        for (int i = 0; i < n; i++) {
            rows.text(user + "_" + i, "burst " + i); // one each: a user's own messages would go in turn anyway
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> receivedByUsersOf(user).size() == n);
        List<PlatformStub.Received> got = receivedByUsersOf(user);
        double seconds = (got.get(n - 1).atNanos() - got.get(0).atNanos()) / 1e9;
        // 100/s with a burst of 10: the last of 120 cannot be sent before (120 - 10) / 100 = 1.1 s after the first.
        // Measured between receipts, the first of which also pays for opening the connection, hence the 80% margin;
        // without pacing all 120 arrive within about 0.1 s.
        assertTrue(seconds >= (n - 10) / 100.0 * 0.8, "paced over " + seconds + " s");
        assertEquals(n, got.stream().map(r -> r.body().getJsonObject("text").getString("content")).distinct().count());
    }

    @Test
    void twoWorkersOnOneDatabaseNeverSendTheSameRowTwice() {
        DeliveryWorker second = new DeliveryWorker(store, client, metrics, config, vertx, Clock.systemUTC());
        second.onStart(null);
        try {
            int users = 20;
            int each = 10;
            for (int i = 0; i < each; i++) {
                for (int u = 0; u < users; u++) {
                    rows.text(user + "_" + u, "row " + i);
                }
            }
            await().atMost(Duration.ofSeconds(40)).until(() -> receivedByUsersOf(user).size() >= users * each);
            for (int u = 0; u < users; u++) {
                List<String> got = stub.receivedBy(user + "_" + u).stream()
                        .map(r -> r.body().getJsonObject("text").getString("content")).toList();
                assertEquals(java.util.stream.IntStream.range(0, each).mapToObj(i -> "row " + i).toList(), got,
                        "each row once, in the order written, with two workers claiming");
            }
        } finally {
            second.onStop(null);
        }
    }

    @Test
    void staffSeeDeadLettersWithTheirTextAndRetryThem() {
        stub.script(user, 40003);
        long id = rows.text(user, "网格员张师傅今天下午上门，电话 13812345678");
        await().atMost(Duration.ofSeconds(10)).until(() -> "DEAD".equals(rows.status(id)));

        io.restassured.RestAssured.given().get("/api/deliveries/dead-letters").then().statusCode(401);
        org.gridline.testing.Staff.asAdmin().get("/api/deliveries/dead-letters?size=100").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem((int) id))
                .body("items.find { it.id == " + id + " }.lastErrcode", org.hamcrest.Matchers.is(40003))
                .body("items.find { it.id == " + id + " }.text",
                        org.hamcrest.Matchers.is("网格员张师傅今天下午上门，电话 138****5678"));
        org.gridline.testing.Staff.asAdmin().post("/api/deliveries/dead-letters/" + id + "/retry").then()
                .statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(rows.status(id)));
        org.gridline.testing.Staff.asAdmin().post("/api/deliveries/dead-letters/" + id + "/retry").then()
                .statusCode(404).body("code", org.hamcrest.Matchers.is("no-dead-letter"));
    }
}
