package org.gridline.inbox;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import org.gridline.testing.Db;
import org.gridline.wechat.CallbackRequest;
import org.gridline.wechat.MessageBuilder;
import org.gridline.wechat.SecurityMode;
import org.gridline.wechat.Webhook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.*;

/** A message whose processing fails is retried, never lost, and never lets a later message of its user overtake it. */
@QuarkusTest
@TestProfile(FlakyHandlerProfile.class)
class InboxRetryTest {
    private static final AtomicLong MSG_IDS = new AtomicLong(System.currentTimeMillis() * 1000 + 500_000_000L);

    @Inject
    Pool pool;
    Db db;
    String openid;

    @BeforeEach
    void fresh() {
        db = new Db(pool);
        openid = "oRetry" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    @AfterEach
    void repair() {
        FlakyHandler.BROKEN.set(false);
    }

    @Test
    void aFailedAttemptIsRetriedAndThenProcessed() {
        push(text("fail-once please"));
        Row row = await().atMost(Duration.ofSeconds(15)).until(() -> row("fail-once please"),
                r -> r.getOffsetDateTime("processed_at") != null);
        assertEquals(1, row.getInteger("attempts"));
        assertTrue(row.getString("last_error").contains("first attempt fails"), row.getString("last_error"));
    }

    @Test
    void aMessageThatKeepsFailingIsSetAsideAfterTheLimitAndItsSuccessorWaitsForIt() {
        FlakyHandler.BROKEN.set(true);
        push(text("fail-while-broken A"));
        push(text("after A"));
        Row a = await().atMost(Duration.ofSeconds(20)).until(() -> row("fail-while-broken A"),
                r -> r.getOffsetDateTime("failed_at") != null);
        assertEquals(3, a.getInteger("attempts"));
        assertNull(a.getOffsetDateTime("processed_at"));
        Row b = await().atMost(Duration.ofSeconds(15)).until(() -> row("after A"),
                r -> r.getOffsetDateTime("processed_at") != null);
        assertFalse(b.getOffsetDateTime("processed_at").isBefore(a.getOffsetDateTime("failed_at")),
                "the later message was processed only once the earlier one was set aside");
    }

    @Test
    void thePlatformsRetryOfASetAsideMessageGetsItProcessed() {
        FlakyHandler.BROKEN.set(true);
        CallbackRequest request = Webhook.signer().sign(SecurityMode.SAFE, text("fail-while-broken B").xml(),
                Clock.systemUTC());
        Webhook.post(request).statusCode(200).body(is("success"));
        await().atMost(Duration.ofSeconds(20)).until(() -> row("fail-while-broken B"),
                r -> r.getOffsetDateTime("failed_at") != null);

        FlakyHandler.BROKEN.set(false);
        Webhook.post(request).statusCode(200).body(is("success"));
        Row revived = await().atMost(Duration.ofSeconds(15)).until(() -> row("fail-while-broken B"),
                r -> r.getOffsetDateTime("processed_at") != null);
        assertNull(revived.getOffsetDateTime("failed_at"));
        assertEquals(1, db.count("SELECT count(*) FROM inbox_message WHERE openid = $1", openid));
    }

    private void push(MessageBuilder message) {
        Webhook.push(SecurityMode.SAFE, message.xml()).statusCode(200).body(is("success"));
    }

    private Row row(String content) {
        return db.rows("SELECT processed_at, failed_at, attempts, last_error FROM inbox_message "
                + "WHERE openid = $1 AND payload->>'content' = $2", openid, content).get(0);
    }

    private MessageBuilder text(String content) {
        return MessageBuilder.of(openid, System.currentTimeMillis() / 1000, "text").with("Content", content)
                .with("MsgId", Long.toString(MSG_IDS.incrementAndGet()));
    }
}
