package org.gridline.wechat;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.gridline.testing.Db;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.*;

/** The callback through HTTP and the real inbox: what is acknowledged is stored once and processed once, in order. */
@QuarkusTest
class WebhookTest {
    private static final AtomicLong MSG_IDS = new AtomicLong(System.currentTimeMillis() * 1000);

    @Inject
    Pool pool;
    Db db;
    String openid;

    @BeforeEach
    void fresh() {
        db = new Db(pool);
        openid = "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);
    }

    @Test
    void urlVerificationEchoesOnlyWhenSigned() {
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        String signature = WechatSignature.sign("test-token", ts, "n0nce");
        given().queryParam("signature", signature).queryParam("timestamp", ts).queryParam("nonce", "n0nce")
                .queryParam("echostr", "hello-echo").get("/wechat/callback")
                .then().statusCode(200).contentType("text/plain").body(is("hello-echo"));
        given().queryParam("signature", signature).queryParam("timestamp", ts).queryParam("nonce", "other")
                .queryParam("echostr", "hello-echo").get("/wechat/callback")
                .then().statusCode(401).body("code", is("bad-signature"));
    }

    static Stream<Arguments> modesAndFormats() {
        List<Arguments> all = new ArrayList<>();
        for (SecurityMode mode : SecurityMode.values()) {
            for (BodyFormat format : BodyFormat.values()) {
                all.add(Arguments.of(mode, format));
            }
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("modesAndFormats")
    void everyModeAndFormatIsStoredThenProcessed(SecurityMode mode, BodyFormat format) {
        String body = text("3栋楽道灯坏了😡 <&>", nextMsgId()).in(format);
        Webhook.push(mode, body).statusCode(200).contentType("text/plain").body(is("success"));

        var row = db.rows("SELECT msg_type, payload->>'content', raw_body FROM inbox_message WHERE openid = $1",
                openid);
        assertEquals(1, row.size(), "stored before the answer");
        assertEquals("text", row.get(0).getString(0));
        assertEquals("3栋楽道灯坏了😡 <&>", row.get(0).getString(1));
        awaitProcessed(1);
    }

    @Test
    void aRetriedMessageIsStoredOnceAndProcessedOnce() {
        CallbackRequest request = Webhook.signer().sign(SecurityMode.SAFE, text("路灯不亮", nextMsgId()).xml(),
                Clock.systemUTC());
        Webhook.post(request).statusCode(200).body(is("success"));
        awaitProcessed(1);
        Webhook.post(request).statusCode(200).body(is("success"));
        assertEquals(1, db.count("SELECT count(*) FROM inbox_message WHERE openid = $1", openid));
    }

    @Test
    void threeConcurrentCopiesAreStoredOnceAndProcessedOnce() {
        CallbackRequest request = Webhook.signer().sign(SecurityMode.SAFE, text("井盖丢了", nextMsgId()).xml(),
                Clock.systemUTC());
        List<CompletableFuture<String>> copies = Stream.generate(() -> CompletableFuture.supplyAsync(
                () -> Webhook.post(request).statusCode(200).extract().asString())).limit(3).toList();
        copies.forEach(c -> assertEquals("success", c.join()));
        assertEquals(1, db.count("SELECT count(*) FROM inbox_message WHERE openid = $1", openid));
        awaitProcessed(1);
    }

    @Test
    void messagesOfOneUserAreProcessedInArrivalOrder() {
        for (int i = 0; i < 25; i++) {
            Webhook.push(SecurityMode.SAFE, text("消息 " + i, nextMsgId()).json()).statusCode(200);
        }
        awaitProcessed(25);
        var rows = db.rows("SELECT payload->>'content' FROM inbox_message WHERE openid = $1 ORDER BY processed_seq",
                openid);
        for (int i = 0; i < 25; i++) {
            assertEquals("消息 " + i, rows.get(i).getString(0));
        }
    }

    @Test
    void eventsAndUnknownTypesAreStoredToo() {
        long now = System.currentTimeMillis() / 1000;
        Webhook.push(SecurityMode.SAFE, MessageBuilder.of(openid, now, "event").with("Event", "subscribe").xml())
                .statusCode(200);
        Webhook.push(SecurityMode.SAFE, MessageBuilder.of(openid, now, "hologram")
                .with("MsgId", Long.toString(nextMsgId())).xml()).statusCode(200);
        var types = db.rows("SELECT msg_type, event FROM inbox_message WHERE openid = $1 ORDER BY id", openid);
        assertEquals("event", types.get(0).getString(0));
        assertEquals("subscribe", types.get(0).getString(1));
        assertEquals("hologram", types.get(1).getString(0));
        awaitProcessed(2);
        org.gridline.testing.Management.given().get("/q/metrics").then().body(org.hamcrest.Matchers.containsString(
                "gridline_webhook_accepted_total{type=\"unknown\"}"), org.hamcrest.Matchers.containsString(
                "gridline_webhook_accepted_total{type=\"event\"}"));
    }

    static Stream<Arguments> rejections() {
        return Stream.of(
                Arguments.of("bad signature", 401, "bad-signature"),
                Arguments.of("stale timestamp", 401, "stale-timestamp"),
                Arguments.of("tampered ciphertext", 401, "bad-msg-signature"),
                Arguments.of("wrong appid", 401, "wrong-appid"),
                Arguments.of("missing field", 400, "missing-field"),
                Arguments.of("invalid utf-8", 400, "invalid-utf8"),
                Arguments.of("xxe", 400, "xml-dtd"),
                Arguments.of("too large", 413, "too-large"),
                Arguments.of("openid mismatch", 401, "openid-mismatch"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void refusedPushesStoreNothing(String what, int status, String code) {
        CallbackRequest request = refused(what);
        Webhook.post(request).statusCode(status).contentType("application/problem+json").body("code", is(code));
        assertEquals(0, db.count("SELECT count(*) FROM inbox_message WHERE raw_body LIKE $1", "%" + openid + "%"));
        org.gridline.testing.Management.given().get("/q/metrics").then().body(org.hamcrest.Matchers.containsString(
                "gridline_webhook_rejected_total{reason=\"" + code + "\"}"));
    }

    private CallbackRequest refused(String what) {
        PushSigner signer = Webhook.signer();
        String body = text("有人乱扔垃圾", nextMsgId()).xml();
        CallbackRequest ok = signer.sign(SecurityMode.SAFE, body, Clock.systemUTC());
        return switch (what) {
            case "bad signature" -> new CallbackRequest("0".repeat(40), ok.timestamp(), ok.nonce(), ok.encryptType(),
                    ok.msgSignature(), ok.openid(), ok.body());
            case "stale timestamp" -> signer.sign(SecurityMode.SAFE, body,
                    Long.toString(System.currentTimeMillis() / 1000 - 3600), "nonce1");
            case "tampered ciphertext" -> new CallbackRequest(ok.signature(), ok.timestamp(), ok.nonce(),
                    ok.encryptType(), ok.msgSignature(), ok.openid(),
                    new String(ok.body(), StandardCharsets.UTF_8)
                            .replaceFirst("<Encrypt><!\\[CDATA\\[.", "<Encrypt><![CDATA[A")
                            .getBytes(StandardCharsets.UTF_8));
            case "wrong appid" -> new PushSigner("test-token",
                    Optional.of("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"), "wxsomeoneelse0001")
                    .sign(SecurityMode.SAFE, body, Clock.systemUTC());
            case "missing field" -> signer.sign(SecurityMode.SAFE,
                    text("x", nextMsgId()).without("CreateTime").xml(), Clock.systemUTC());
            case "invalid utf-8" -> {
                byte[] bad = ("<xml><ToUserName>gh</ToUserName><FromUserName>" + openid + "</FromUserName>"
                        + "<Content>\u00ff</Content></xml>").getBytes(StandardCharsets.ISO_8859_1);
                yield plainWithBody(bad);
            }
            case "xxe" ->
                    plainWithBody(("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                    + "<xml><FromUserName>" + openid + "</FromUserName><Content>&e;</Content></xml>")
                    .getBytes(StandardCharsets.UTF_8));
            case "too large" -> signer.sign(SecurityMode.PLAINTEXT,
                    text("大".repeat(30_000), nextMsgId()).xml(), Clock.systemUTC());
            case "openid mismatch" -> new CallbackRequest(ok.signature(), ok.timestamp(), ok.nonce(), ok.encryptType(),
                    ok.msgSignature(), "oSomebodyElse", ok.body());
            default -> throw new IllegalArgumentException(what);
        };
    }

    /** The query signature of a plaintext push does not cover the body: any body can ride on a valid query. */
    private CallbackRequest plainWithBody(byte[] body) {
        CallbackRequest plain = Webhook.signer().sign(SecurityMode.PLAINTEXT, text("x", nextMsgId()).xml(),
                Clock.systemUTC());
        return new CallbackRequest(plain.signature(), plain.timestamp(), plain.nonce(), null, null, null, body);
    }

    private MessageBuilder text(String content, long msgId) {
        return MessageBuilder.of(openid, System.currentTimeMillis() / 1000, "text").with("Content", content)
                .with("MsgId", Long.toString(msgId));
    }

    private static long nextMsgId() {
        return MSG_IDS.incrementAndGet();
    }

    private void awaitProcessed(int expected) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertEquals(expected, db.count(
                "SELECT count(*) FROM inbox_message WHERE openid = $1 AND processed_at IS NOT NULL", openid)));
    }
}
