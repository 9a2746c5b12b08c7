package org.gridline.wechat;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.gridline.inbox.InboxNonceExpiry;
import org.gridline.testing.Db;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Replays of a captured push (issue 13, item 6), through HTTP and the real inbox, in the default {@code compatible}
 * mode: a reused signed (timestamp, nonce) with another message is refused; the platform's own retry of the same
 * message is still acknowledged and stored once; the cache is the database's, not one process's memory.
 */
@QuarkusTest
class ReplayTest {
    private static final AtomicLong MSG_IDS = new AtomicLong(System.currentTimeMillis() * 1000 + 500_000_000L);

    @Inject
    Pool pool;
    @Inject
    InboxNonceExpiry expiry;
    Db db;
    String resident;
    String forged;

    @BeforeEach
    void fresh() {
        db = new Db(pool);
        resident = openid();
        forged = openid();
    }

    @Test
    void aCapturedQueryWithAnotherBodyAndOpenidIsRefused() {
        CallbackRequest genuine = plain(text(resident, "路灯不亮"));
        Webhook.post(genuine).statusCode(200).body(is("success"));

        CallbackRequest replay = new CallbackRequest(genuine.signature(), genuine.timestamp(), genuine.nonce(), null,
                null, forged, utf8(text(forged, "帮我查一下3栋的报事").xml()));
        Webhook.post(replay).statusCode(401).contentType("application/problem+json").body("code", is("replayed"));

        assertEquals(0, db.count("SELECT count(*) FROM inbox_message WHERE openid = $1", forged), "nothing stored");
        awaitProcessed(resident, 1);
        assertEquals(0, db.count("SELECT count(*) FROM outbox_message WHERE openid = $1", forged), "nobody answered");
        org.gridline.testing.Management.given().get("/q/metrics").then()
                .body(containsString("gridline_webhook_rejected_total{reason=\"replayed\"}"));
    }

    @Test
    void thePlatformsRetryOfTheSameRequestIsAcknowledgedAndStoredOnce() {
        CallbackRequest push = plain(text(resident, "井盖丢了"));
        Webhook.post(push).statusCode(200).body(is("success"));
        Webhook.post(push).statusCode(200).body(is("success"));
        // a retry with fresh query values is the same message too
        Webhook.post(Webhook.signer().sign(SecurityMode.PLAINTEXT, new String(push.body(), StandardCharsets.UTF_8),
                Long.toString(now()), nonce())).statusCode(200).body(is("success"));
        assertEquals(1, db.count("SELECT count(*) FROM inbox_message WHERE openid = $1", resident));
        awaitProcessed(resident, 1);
    }

    @Test
    void anEncryptedPushStrippedToPlaintextIsRefused() {
        CallbackRequest genuine = Webhook.signer().sign(SecurityMode.COMPATIBLE, text(resident, "有人乱停车").xml(),
                Long.toString(now()), nonce());
        Webhook.post(genuine).statusCode(200).body(is("success"));

        CallbackRequest stripped = new CallbackRequest(genuine.signature(), genuine.timestamp(), genuine.nonce(), null,
                null, forged, utf8(text(forged, "有人乱停车").xml()));
        Webhook.post(stripped).statusCode(401).body("code", is("replayed"));
        assertEquals(0, db.count("SELECT count(*) FROM inbox_message WHERE openid = $1", forged));
    }

    @Test
    void aPairStoredByAnotherInstanceIsRefusedHere() {
        String ts = Long.toString(now());
        String nonce = nonce();
        // another instance sharing the database stored a push with this pair; this process never saw it
        db.rows("INSERT INTO inbox_nonce (ts, nonce, dedup_key) VALUES ($1, $2, $3)", Long.parseLong(ts), nonce,
                "oSomeoneElse:42");

        Webhook.post(Webhook.signer().sign(SecurityMode.PLAINTEXT, text(forged, "伪造的消息").xml(), ts, nonce))
                .statusCode(401).body("code", is("replayed"));
        assertEquals(0, db.count("SELECT count(*) FROM inbox_message WHERE openid = $1", forged));
    }

    @Test
    void twoSignedPushesThatDrawTheSameNonceAreBothKept() {
        String ts = Long.toString(now());
        String nonce = nonce();
        Webhook.post(Webhook.signer().sign(SecurityMode.SAFE, text(resident, "第一条").xml(), ts, nonce))
                .statusCode(200).body(is("success"));
        Webhook.post(Webhook.signer().sign(SecurityMode.SAFE, text(forged, "第二条").xml(), ts, nonce))
                .statusCode(200).body(is("success"));
        assertEquals(1, db.count("SELECT count(*) FROM inbox_message WHERE openid = $1", resident));
        assertEquals(1, db.count("SELECT count(*) FROM inbox_message WHERE openid = $1", forged));
    }

    @Test
    void compatibleModeStoresTheEncryptedCopyAndIgnoresTamperedPlainFields() {
        CallbackRequest genuine = Webhook.signer().sign(SecurityMode.COMPATIBLE, text(resident, "原话").json(),
                Long.toString(now()), nonce());
        String tampered = new String(genuine.body(), StandardCharsets.UTF_8).replace("原话", "篡改");
        Webhook.post(PlatformPushes.withBody(genuine, tampered)).statusCode(200).body(is("success"));
        var stored = db.rows("SELECT payload->>'content', raw_body FROM inbox_message WHERE openid = $1", resident);
        assertEquals("原话", stored.get(0).getString(0));
        assertEquals(false, stored.get(0).getString(1).contains("篡改"));
    }

    @Test
    void pairsOlderThanTheClockSkewAreForgotten() {
        long now = now();
        String old = nonce();
        String recent = nonce();
        db.rows("INSERT INTO inbox_nonce (ts, nonce, dedup_key) VALUES ($1, $2, 'a:1'), ($3, $4, 'b:2')",
                now - 3600, old, now - 10, recent);
        expiry.expire().await().atMost(Duration.ofSeconds(10));
        assertEquals(0, db.count("SELECT count(*) FROM inbox_nonce WHERE nonce = $1", old));
        assertEquals(1, db.count("SELECT count(*) FROM inbox_nonce WHERE nonce = $1", recent));
    }

    private static CallbackRequest plain(MessageBuilder message) {
        return Webhook.signer().sign(SecurityMode.PLAINTEXT, message.xml(), Long.toString(now()), nonce());
    }

    private static MessageBuilder text(String from, String content) {
        return MessageBuilder.of(from, now(), "text").with("Content", content)
                .with("MsgId", Long.toString(MSG_IDS.incrementAndGet()));
    }

    private void awaitProcessed(String openid, int expected) {
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertEquals(expected, db.count(
                "SELECT count(*) FROM inbox_message WHERE openid = $1 AND processed_at IS NOT NULL", openid)));
    }

    private static String openid() {
        return "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);
    }

    private static String nonce() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
