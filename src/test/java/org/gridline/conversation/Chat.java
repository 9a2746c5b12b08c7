package org.gridline.conversation;

import org.gridline.testing.PlatformStub;
import org.gridline.wechat.MessageBuilder;
import org.gridline.wechat.SecurityMode;
import org.gridline.wechat.Webhook;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;

/**
 * A resident chatting through the real webhook: each message is pushed signed (safe mode) and the call returns the
 * reply the platform stub received for it. One message, one reply, in order.
 */
final class Chat {
    private static final AtomicLong MSG_IDS = new AtomicLong(System.currentTimeMillis() * 1000);

    final String openid;
    private final PlatformStub stub;
    private final Clock clock;

    Chat(String prefix, PlatformStub stub, Clock clock) {
        this.openid = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        this.stub = stub;
        this.clock = clock;
    }

    String say(String text) {
        return send(message("text").with("Content", text));
    }

    String pin(double lat, double lng, String label) {
        return send(message("location").with("Location_X", Double.toString(lat))
                .with("Location_Y", Double.toString(lng)).with("Scale", "15").with("Label", label));
    }

    String photo(String url) {
        return send(message("image").with("PicUrl", url).with("MediaId", "media-" + MSG_IDS.incrementAndGet()));
    }

    List<String> replies() {
        return stub.receivedBy(openid).stream().map(r -> r.body().getJsonObject("text").getString("content")).toList();
    }

    private MessageBuilder message(String type) {
        return MessageBuilder.of(openid, clock.instant().getEpochSecond(), type)
                .with("MsgId", Long.toString(MSG_IDS.incrementAndGet()));
    }

    private String send(MessageBuilder message) {
        int before = replies().size();
        Webhook.post(Webhook.signer().sign(SecurityMode.SAFE, message.xml(), clock)).statusCode(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> replies().size() > before);
        return replies().get(before);
    }
}
