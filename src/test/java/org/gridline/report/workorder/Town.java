package org.gridline.report.workorder;

import io.vertx.core.json.JsonObject;
import org.gridline.report.ReportNumbers;
import org.gridline.testing.CityFixtures;
import org.gridline.testing.Db;
import org.gridline.testing.MutableClock;
import org.gridline.testing.PlatformStub;
import org.gridline.wechat.MessageBuilder;
import org.gridline.wechat.SecurityMode;
import org.gridline.wechat.Webhook;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fresh grid of its own (in a fresh street) with a leader, two workers and a street duty contact, and everyone
 * chatting through the real webhook: messages are signed pushes at the test clock's time, answers are what the
 * platform stub received.
 */
final class Town {
    private static final AtomicLong MSG_IDS = new AtomicLong(System.currentTimeMillis() * 1000 + 700_000_000L);
    private static final AtomicInteger GRIDS = new AtomicInteger();

    final String grid;
    final String leader;
    final String worker1;
    final String worker2;
    final String duty;
    final double lat;
    final double lng;
    private final PlatformStub platform;
    private final MutableClock clock;
    private final Db db;

    Town(Db db, PlatformStub platform, MutableClock clock) {
        this.platform = platform;
        this.clock = clock;
        this.db = db;
        // squares 0.0011° apart along a diagonal, their index rising with time (100 ms steps, cycling every 92 min, so
        // longitudes stay below 180°) and with every grid of the run: neither one run nor runs on a kept test
        // database overlap
        double offset = 2.0 + ((System.currentTimeMillis() / 100 + GRIDS.incrementAndGet()) % 55_000) * 0.0011;
        grid = CityFixtures.newGrid("wo", offset);
        lng = CityFixtures.TEST_LNG + offset + 0.0005;
        lat = CityFixtures.TEST_LAT - offset + 0.0005;
        leader = member(db, "LEADER", "组长甲");
        worker1 = member(db, "WORKER", "网格员甲");
        worker2 = member(db, "WORKER", "网格员乙");
        duty = "o_" + grid + "_duty";
        db.rows("UPDATE street SET duty_openids = ARRAY[$1] WHERE code = (SELECT c.street_code FROM grid g "
                + "JOIN community c ON c.code = g.community_code WHERE g.code = $2)", duty, grid);
    }

    private String member(Db db, String role, String name) {
        String openid = "o_" + grid + "_" + role.toLowerCase() + "_" + MSG_IDS.incrementAndGet() % 100000;
        db.rows("INSERT INTO grid_member (grid_code, openid, name, phone, role) VALUES ($1, $2, $3, '13800138000', $4)",
                grid, openid, name, role);
        return openid;
    }

    /**
     * A resident files a street-lamp report at a pin inside the grid; returns the report number once the assigned
     * worker has its notice (so that what the worker receives next is the answer to what they say next).
     */
    String file(String resident) {
        return filed(filingReply(resident, "路灯坏了，晚上黑漆漆的"));
    }

    /** A resident describes {@code problem}, pins a place inside the grid and confirms; returns the filing reply. */
    String filingReply(String resident, String problem) {
        assertTrue(say(resident, problem).contains("问题在哪里"));
        assertTrue(pin(resident).contains("联系电话"));
        say(resident, "跳过");
        return say(resident, "确认");
    }

    /** The number in a filing reply, after the assigned worker (if any) got the order's notice. */
    String filed(String reply) {
        String number = ReportNumbers.firstIn(reply).orElseThrow(() -> new AssertionError(reply));
        String assignee = db.rows("SELECT assignee FROM report WHERE number = $1", number).get(0).getString("assignee");
        if (assignee != null) {
            await().atMost(Duration.ofSeconds(20)).until(() -> platform.receivedBy(assignee).stream()
                    .anyMatch(r -> r.body().encode().contains(number)));
        }
        return number;
    }

    String say(String openid, String text) {
        return send(openid, MessageBuilder.of(openid, clock.instant().getEpochSecond(), "text").with("Content", text));
    }

    String pin(String openid) {
        return pinAt(openid, lat, lng);
    }

    String pinAt(String openid, double latitude, double longitude) {
        return send(openid, MessageBuilder.of(openid, clock.instant().getEpochSecond(), "location")
                .with("Location_X", String.format(java.util.Locale.ROOT, "%.6f", latitude))
                .with("Location_Y", String.format(java.util.Locale.ROOT, "%.6f", longitude))
                .with("Scale", "15").with("Label", "测试路口"));
    }

    String photo(String openid, String url) {
        return send(openid, MessageBuilder.of(openid, clock.instant().getEpochSecond(), "image").with("PicUrl", url)
                .with("MediaId", "media-" + MSG_IDS.incrementAndGet()));
    }

    /** Pushes the message and returns the first customer-service text the person received after it. */
    private String send(String openid, MessageBuilder message) {
        int before = platform.receivedBy(openid).size();
        push(message.with("MsgId", Long.toString(MSG_IDS.incrementAndGet())));
        return await().atMost(Duration.ofSeconds(20)).until(() -> texts(openid, before), l -> !l.isEmpty()).get(0);
    }

    /** Pushes without waiting for the answer (for races). */
    void sayAsync(String openid, String text) {
        push(MessageBuilder.of(openid, clock.instant().getEpochSecond(), "text").with("Content", text)
                .with("MsgId", Long.toString(MSG_IDS.incrementAndGet())));
    }

    private void push(MessageBuilder message) {
        Webhook.post(Webhook.signer().sign(SecurityMode.SAFE, message.xml(), clock)).statusCode(200);
    }

    int received(String openid) {
        return platform.receivedBy(openid).size();
    }

    /** The customer-service texts the person received, from the {@code from}-th message on. */
    List<String> texts(String openid, int from) {
        List<PlatformStub.Received> all = platform.receivedBy(openid);
        return all.subList(Math.min(from, all.size()), all.size()).stream()
                .map(r -> r.body().getJsonObject("text")).filter(Objects::nonNull)
                .map(t -> t.getString("content")).toList();
    }

    /** Waits for a text containing {@code part} (received at any time) and returns it. */
    String awaitText(String openid, String part) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> texts(openid, 0).stream()
                .filter(t -> t.contains(part)).findFirst(), java.util.Optional::isPresent).get();
    }

    /** The subscribe messages the person received. */
    List<JsonObject> notices(String openid) {
        return platform.receivedBy(openid).stream().filter(r -> r.body().containsKey("template_id"))
                .map(PlatformStub.Received::body).toList();
    }

    static String last4(String number) {
        return number.substring(number.length() - 4);
    }
}
