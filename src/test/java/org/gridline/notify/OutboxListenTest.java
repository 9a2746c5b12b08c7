package org.gridline.notify;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.gridline.testing.InTransaction;
import org.gridline.testing.PlatformStub;
import org.gridline.testing.PlatformStubResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Delivery woken on commit: with the periodic poll an hour apart, only the outbox's NOTIFY (and the wake-up after the
 * listen connection comes back) can deliver within these tests' seconds.
 */
@QuarkusTest
@QuarkusTestResource(value = SlowPollStubResource.class, restrictToAnnotatedClass = true)
class OutboxListenTest {
    @Inject
    Outbox outbox;
    @Inject
    OutboxListener listener;
    @Inject
    Pool pool;
    @Inject
    Vertx vertx;

    PlatformStub stub;
    OutboxRows rows;
    String user;

    @BeforeEach
    void fresh() {
        stub = PlatformStubResource.stub();
        rows = new OutboxRows(pool);
        user = "o_lsn_" + UUID.randomUUID().toString().substring(0, 8);
        await().atMost(Duration.ofSeconds(10)).until(() -> listener.listens() > 0);
    }

    @Test
    void aReplyIsDeliveredWhenItsTransactionCommitsNotAtTheNextPoll() {
        // the transaction goes on for a while after writing the reply: a wake-up that guesses the commit is too early
        CompletableFuture<OutboxMessage> tx = InTransaction.start(vertx.getDelegate(), () -> outbox
                .text(user, "您的上报已受理", "test").call(() -> Panache.flush())
                .call(() -> Uni.createFrom().voidItem().onItem().delayIt().by(Duration.ofMillis(300))));
        tx.join();
        await().atMost(Duration.ofSeconds(1)).until(() -> stub.receivedBy(user).size() == 1);
        assertEquals("SENT", rows.status(tx.join().id));
    }

    @Test
    void aRolledBackTransactionWakesNothingAndACommitOfThreeRowsWakesOnce() {
        long before = listener.notifications();
        assertThrows(IllegalStateException.class, () -> InTransaction.run(vertx.getDelegate(), () -> outbox
                .text(user, "不会发出", "test").call(() -> Panache.flush())
                .chain(() -> Uni.createFrom().failure(new IllegalStateException("rolled back")))));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> listener.notifications() == before);
        assertTrue(stub.receivedBy(user).isEmpty());

        InTransaction.run(vertx.getDelegate(), () -> outbox.text(user, "第一条", "test").call(() -> Panache.flush())
                .chain(() -> outbox.text(user, "第二条", "test")).call(() -> Panache.flush())
                .chain(() -> outbox.text(user, "第三条", "test")));
        await().atMost(Duration.ofSeconds(3)).until(() -> stub.receivedBy(user).size() == 3);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .until(() -> listener.notifications() == before + 1);
    }

    @Test
    void aLostListenConnectionReconnectsAndTheWorkerLooksOnceItIsBack() {
        long missed = insertWithoutTriggers(user, "监听断开时写入");
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(2))
                .until(() -> "PENDING".equals(rows.status(missed)));
        long listensBefore = listener.listens();

        int terminated = pool.preparedQuery("SELECT count(pg_terminate_backend(pid))::int FROM pg_stat_activity"
                        + " WHERE application_name = $1").execute(Tuple.of(OutboxListener.APPLICATION_NAME))
                .await().atMost(Duration.ofSeconds(10)).iterator().next().getInteger(0);
        assertEquals(1, terminated, "one listen connection per instance");

        await().atMost(Duration.ofSeconds(5)).until(() -> listener.listens() > listensBefore);
        await().atMost(Duration.ofSeconds(2)).until(() -> stub.receivedBy(user).size() == 1);
        assertEquals("SENT", rows.status(missed));
        // and it listens again: the next commit is delivered at once
        String next = user + "_next";
        rows.text(next, "重新监听后");
        await().atMost(Duration.ofSeconds(1)).until(() -> stub.receivedBy(next).size() == 1);
    }

    /** A row whose commit sends no notification (triggers off for the transaction): as if it came while unheard. */
    private long insertWithoutTriggers(String openid, String content) {
        String body = new JsonObject().put("touser", openid).put("msgtype", "text")
                .put("text", new JsonObject().put("content", content)).encode();
        return pool.withTransaction(c -> c.query("SET LOCAL session_replication_role = replica").execute()
                        .chain(() -> c.preparedQuery("INSERT INTO outbox_message (openid, kind, body)"
                                        + " VALUES ($1, 'CUSTOM', $2::text::jsonb) RETURNING id")
                                .execute(Tuple.of(openid, body))))
                .await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
    }
}
