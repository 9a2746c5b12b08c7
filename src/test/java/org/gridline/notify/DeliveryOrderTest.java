package org.gridline.notify;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.gridline.testing.PlatformStub;
import org.gridline.testing.PlatformStubResource;
import org.gridline.wechat.MessageBuilder;
import org.gridline.wechat.SecurityMode;
import org.gridline.wechat.Webhook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.*;

/**
 * One user's replies arrive in the order they were written, under platform faults, through the real webhook; a retry
 * holds back only that user; held messages go before the reply that reopened the window; an outage pauses delivery
 * (circuit breaker) without spending attempts.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformStubResource.class, restrictToAnnotatedClass = true)
class DeliveryOrderTest {
    private static final Pattern NOT_FOUND = Pattern.compile("没有找到您上报或关注的 (\\d{4})");

    @Inject
    Pool pool;
    @Inject
    DeliveryWorker worker;

    OutboxRows rows;
    PlatformStub stub;
    String user;

    @BeforeEach
    void fresh() {
        rows = new OutboxRows(pool);
        stub = PlatformStubResource.stub();
        user = "o_ord_" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void platformWorksAgain() {
        stub.failShare(0, -1);
        stub.down(false);
    }

    @Test
    void eightQueriesInARowAreAnsweredInOrderWhileThePlatformFailsHalfTheCalls() {
        stub.failShare(0.5, -1);
        List<String> users = IntStream.range(0, 3).mapToObj(i -> user + "_" + i).toList(); // three trials at once
        for (int n = 1; n <= 8; n++) {
            for (String u : users) {
                write(u, "查询 000" + n);
            }
        }
        List<String> expected = IntStream.rangeClosed(1, 8).mapToObj(n -> "000" + n).toList();
        await().atMost(Duration.ofSeconds(60)).until(() -> users.stream().allMatch(u -> answers(u).size() >= 8));
        for (String u : users) {
            assertEquals(expected, answers(u), "replies to " + u + " in the order the queries were written");
        }
    }

    @Test
    void aRetriedReplyHoldsBackOnlyItsOwnUser() {
        String slow = user + "_slow";
        String other = user + "_other";
        Integer[] failures = new Integer[15];
        java.util.Arrays.fill(failures, -1);
        stub.script(slow, failures);
        write(slow, "查询 0001");
        write(slow, "查询 0002");
        write(other, "查询 0003");
        await().atMost(Duration.ofSeconds(30)).until(() -> answers(slow).size() == 2 && answers(other).size() == 1);
        assertEquals(List.of("0001", "0002"), answers(slow));
        List<String> arrival = stub.received().stream().filter(r -> r.touser().startsWith(user))
                .map(r -> r.touser()).toList();
        assertEquals(other, arrival.get(0), "the other user's reply did not wait for the retried one: " + arrival);
    }

    @Test
    void messagesHeldByAClosedWindowGoBeforeTheReplyThatReopenedItInOrder() {
        stub.failShare(0.5, -1);
        List<String> users = IntStream.range(0, 10).mapToObj(i -> user + "_" + i).toList(); // ten trials at once
        List<Long> held = new ArrayList<>();
        for (String u : users) {
            rows.lastWrote(u, OffsetDateTime.now().minusHours(49));
            for (int i = 1; i <= 3; i++) {
                held.add(rows.text(u, "您的上报已受理（第" + i + "条）"));
            }
        }
        await().atMost(Duration.ofSeconds(20))
                .until(() -> held.stream().allMatch(id -> "HELD".equals(rows.status(id))));
        users.forEach(u -> write(u, "查询 0009"));
        await().atMost(Duration.ofSeconds(60)).until(() -> users.stream().allMatch(u -> texts(u).size() >= 4));
        for (String u : users) {
            List<String> got = texts(u);
            assertEquals(List.of("您的上报已受理（第1条）", "您的上报已受理（第2条）", "您的上报已受理（第3条）"), got.subList(0, 3),
                    "held messages first, in order: " + got);
            assertTrue(got.get(3).contains("没有找到您上报或关注的 0009"), got.toString());
            assertEquals(4, got.size(), "each once: " + got);
        }
    }

    @Test
    void aRowClaimedByAStoppedInstanceHoldsBackTheUsersLaterRowsUntilItIsClaimedAgain() {
        long first = pool.preparedQuery("INSERT INTO outbox_message (openid, kind, body, status, attempts, "
                + "claimed_until)"
                        + " VALUES ($1, 'CUSTOM', $2::text::jsonb, 'SENDING', 1, now() + interval '1 hour') RETURNING "
                        + "id")
                .execute(Tuple.of(user, new io.vertx.core.json.JsonObject().put("touser", user).put("msgtype", "text")
                        .put("text", new io.vertx.core.json.JsonObject().put("content", "第一条")).encode()))
                .await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
        long second = rows.text(user, "第二条");
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(2))
                .until(() -> "PENDING".equals(rows.status(second)));
        assertTrue(stub.receivedBy(user).isEmpty());

        // what the re-claim does once the claim expires (after a crash or a restart)
        pool.preparedQuery("UPDATE outbox_message SET status = 'PENDING', claimed_until = NULL WHERE id = $1")
                .execute(Tuple.of(first)).await().atMost(Duration.ofSeconds(10));
        worker.wake();
        await().atMost(Duration.ofSeconds(10)).until(() -> stub.receivedBy(user).size() == 2);
        assertEquals(List.of("第一条", "第二条"), texts(user));
    }

    @Test
    void anOutagePausesDeliveryWithoutSpendingAttemptsAndEverythingGoesOnceAfterIt() {
        stub.down(true);
        int callsBefore = stub.calls();
        List<String> users = IntStream.range(0, 8).mapToObj(i -> user + "_" + i).toList();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            for (String u : users) {
                ids.add(rows.text(u, "消息" + i));
            }
        }
        // a compressed two-minute outage: probes every 50 ms growing to 200 ms (2 s to 30 s in production)
        await().atMost(Duration.ofSeconds(5)).until(() -> worker.breakerState() != CircuitBreaker.State.CLOSED);
        sleep(Duration.ofMillis(2000));
        int outageCalls = stub.calls() - callsBefore;
        // without the breaker: 8 users' head rows retried every 10–50 ms for 2 s, hundreds of calls
        assertTrue(outageCalls < 80, "the paused worker only probes: " + outageCalls + " calls during the outage");
        assertTrue(maxAttempts(ids) <= 4, "attempts were not spent on the outage: " + maxAttempts(ids));
        assertTrue(ids.stream().noneMatch(id -> "DEAD".equals(rows.status(id))));

        stub.down(false);
        await().atMost(Duration.ofSeconds(20)).until(() -> ids.stream().allMatch(id -> "SENT".equals(rows.status(id))));
        assertEquals(CircuitBreaker.State.CLOSED, worker.breakerState());
        for (String u : users) {
            assertEquals(IntStream.range(0, 5).mapToObj(i -> "消息" + i).toList(), texts(u), "once each, in order");
        }

        stub.script(user, 40003);
        long refused = rows.text(user, "对方已注销");
        await().atMost(Duration.ofSeconds(10)).until(() -> "DEAD".equals(rows.status(refused)));
        assertEquals(1, rows.row(refused).getInteger("attempts"), "a refusal retrying cannot change: dead at once");
    }

    /** The report numbers in the "not found" answers the user received, in arrival order. */
    private List<String> answers(String openid) {
        List<String> numbers = new ArrayList<>();
        for (String text : texts(openid)) {
            Matcher m = NOT_FOUND.matcher(text);
            if (m.find()) {
                numbers.add(m.group(1));
            }
        }
        return numbers;
    }

    private List<String> texts(String openid) {
        return stub.receivedBy(openid).stream().filter(r -> r.body().getJsonObject("text") != null)
                .map(r -> r.body().getJsonObject("text").getString("content")).toList();
    }

    private int maxAttempts(List<Long> ids) {
        return ids.stream().mapToInt(id -> rows.row(id).getInteger("attempts")).max().orElse(0);
    }

    /** The user writes through the real webhook. */
    private static void write(String openid, String text) {
        Webhook.push(SecurityMode.SAFE, MessageBuilder.of(openid, System.currentTimeMillis() / 1000, "text")
                .with("Content", text).with("MsgId", Long.toString(System.nanoTime())).xml()).statusCode(200);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
