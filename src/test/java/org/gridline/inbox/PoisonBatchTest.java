package org.gridline.inbox;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.gridline.testing.Db;
import org.gridline.wechat.CallbackRequest;
import org.gridline.wechat.InboundMessage;
import org.gridline.wechat.MessageBuilder;
import org.gridline.wechat.MessageCodec;
import org.gridline.wechat.Webhook;
import org.gridline.wechat.WechatSignature;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One bad push never fails the others of its group-commit batch (issue 13, item 9): 30 poison pushes among 150
 * innocent ones sent at once.
 */
@QuarkusTest
class PoisonBatchTest {
    private static final AtomicLong MSG_IDS = new AtomicLong(System.currentTimeMillis() * 1000 + 700_000_000L);
    private static final int INNOCENT = 150;
    private static final int POISON = 30;

    @Inject
    Pool pool;
    @Inject
    InboxWriter writer;

    /** Through HTTP: a NUL in a JSON push (escaped, so the JSON is valid) is refused 400; every innocent one stored. */
    @Test
    void nulPushesAreRefusedAndEveryInnocentOneIsAcknowledgedAndStored() throws Exception {
        String prefix = tag();
        ExecutorService senders = Executors.newFixedThreadPool(32);
        try {
            List<CompletableFuture<Integer>> innocent = new ArrayList<>();
            List<CompletableFuture<Integer>> poison = new ArrayList<>();
            for (int i = 0; i < INNOCENT + POISON; i++) {
                boolean bad = i % 6 == 5 && poison.size() < POISON;
                String openid = prefix + (bad ? "p" : "i") + i;
                // half of the poison also carries the NUL in the sender (and so in the openid query parameter)
                String body = MessageBuilder.of(bad && i % 2 == 0 ? openid + "\u0000" : openid, now(), "text")
                        .with("Content", bad ? "坏\u0000消息" : "路灯不亮 " + i)
                        .with("MsgId", Long.toString(MSG_IDS.incrementAndGet())).json().replace("\u0000", "\\u0000");
                CallbackRequest push = plaintext(body, bad && i % 2 == 0 ? openid + "\u0000" : openid);
                CompletableFuture<Integer> status = CompletableFuture.supplyAsync(
                        () -> Webhook.post(push).extract().statusCode(), senders);
                (bad ? poison : innocent).add(status);
            }
            assertEquals(POISON, poison.size());
            innocent.forEach(f -> assertEquals(200, f.join(), "an innocent push"));
            poison.forEach(f -> assertEquals(400, f.join(), "a poison push"));
        } finally {
            senders.shutdownNow();
        }
        assertEquals(INNOCENT,
                new Db(pool).count("SELECT count(*) FROM inbox_message WHERE openid LIKE $1", prefix + "i%"));
    }

    /** Below the decoder: rows the database refuses (an openid longer than its column) fail alone. */
    @Test
    void rowsTheDatabaseRefusesFailAloneAndTheRestOfTheirBatchIsStored() throws Exception {
        String prefix = tag();
        MessageCodec codec = new MessageCodec();
        List<CompletableFuture<Void>> innocent = new ArrayList<>();
        List<CompletableFuture<Void>> poison = new ArrayList<>();
        for (int i = 0; i < INNOCENT + POISON; i++) {
            boolean bad = i % 6 == 5 && poison.size() < POISON;
            InboundMessage message = bad ? tooLongOpenid(prefix + i) : codec.parse(MessageBuilder.of(prefix + "i" + i,
                    now(), "text").with("Content", "井盖丢了 " + i).with("MsgId", Long.toString(MSG_IDS.incrementAndGet()))
                    .xml().getBytes(StandardCharsets.UTF_8));
            (bad ? poison : innocent).add(writer.write(message).subscribeAsCompletionStage());
        }
        for (CompletableFuture<Void> f : innocent) {
            f.get(60, TimeUnit.SECONDS); // throws if the innocent message failed with its batch
        }
        for (CompletableFuture<Void> f : poison) {
            assertTrue(f.handle((ok, e) -> e != null).get(60, TimeUnit.SECONDS), "a poison row fails");
        }
        assertEquals(INNOCENT,
                new Db(pool).count("SELECT count(*) FROM inbox_message WHERE openid LIKE $1", prefix + "i%"));
    }

    /** Signed as the platform signs a plaintext push (the test signer would refuse to read a NUL body itself). */
    private static CallbackRequest plaintext(String body, String openid) {
        String ts = Long.toString(now());
        String nonce = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        String token = ConfigProvider.getConfig().getValue("gridline.wechat.token", String.class);
        return new CallbackRequest(WechatSignature.sign(token, ts, nonce), ts, nonce, null, null, openid,
                body.getBytes(StandardCharsets.UTF_8));
    }

    /** A message the decoder would refuse (its openid does not fit the column), built directly. */
    private static InboundMessage tooLongOpenid(String seed) {
        String openid = seed + "x".repeat(200);
        return new InboundMessage("gh_test", openid, now(), "text", MSG_IDS.incrementAndGet(), "毒", null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                Map.of(), List.of(), "<xml/>");
    }

    private static String tag() {
        return "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }
}
