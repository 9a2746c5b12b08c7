package org.gridline.volunteer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.gridline.points.LedgerChecker;
import org.gridline.testing.Db;
import org.gridline.testing.MutableClock;
import org.gridline.testing.PlatformStub;
import org.gridline.testing.PlatformStubResource;
import org.gridline.wechat.MessageBuilder;
import org.gridline.wechat.SecurityMode;
import org.gridline.wechat.Webhook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.gridline.testing.Staff.asAdmin;
import static org.gridline.volunteer.VolunteerFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 8's whole chat flow as people live it: every message a signed push to the real callback, stored, processed
 * by the dialogue engine, handed to the volunteer feature, answered through the outbox and the (stubbed) platform.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformStubResource.class, restrictToAnnotatedClass = true)
class VolunteerWebhookFlowTest {
    private static final AtomicLong MSG_IDS = new AtomicLong(System.currentTimeMillis() * 1000 + 900_000_000L);

    @Inject
    Pool pool;
    @Inject
    LedgerChecker checker;
    MutableClock clock;
    PlatformStub platform;
    String grid;
    String leader;
    String worker;
    String volunteer;

    @BeforeEach
    void city() {
        clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MINUTES));
        QuarkusMock.installMockForType(clock, Clock.class);
        platform = PlatformStubResource.stub();
        Db db = new Db(pool);
        grid = newGrid();
        leader = members(db, grid, "LEADER", 1).get(0);
        worker = members(db, grid, "WORKER", 1).get(0);
        volunteer = members(db, grid, "VOLUNTEER", 1).get(0);
    }

    @Test
    void publishSignUpCheckInOutEarnRedeemAndPickUpThroughTheWebhook() {
        Map<String, Object> body = recruitment(grid, clock.instant().plus(Duration.ofHours(3)), 5, 30);
        long id = published(body);
        String title = (String) body.get("title");
        for (String organiser : List.of(leader, worker)) {
            String notice = awaitText(organiser, "【招募已发布】");
            assertTrue(notice.contains(title) && notice.contains("签到码 " + id), notice);
        }

        assertTrue(say(volunteer, "招募").contains("【" + id + "】" + title));
        assertTrue(say(volunteer, "报名 " + id).startsWith("报名成功：" + title));

        clock.advance(Duration.ofHours(3));
        String checkIn = code(say(worker, "签到码 " + id), 6);
        assertTrue(say(volunteer, "签到 " + checkIn).startsWith("签到成功：" + title));
        clock.advance(Duration.ofMinutes(100));
        String checkOut = code(say(worker, "签到码 " + id + " 签退"), 6);
        String out = say(volunteer, "签退 " + checkOut);
        assertTrue(out.contains("获得 30 积分"), out);
        assertTrue(say(volunteer, "积分").contains("可用积分：30"));

        long reward = ((Number) asAdmin().body(Map.of("name", "环保袋", "price", 10, "stock", 5, "perUserLimit", 2,
                        "validUntil", at(clock.instant().plus(Duration.ofDays(30))), "grid", grid))
                .post("/api/rewards").then().statusCode(201).extract().path("id")).longValue();
        String ordered = say(volunteer, "兑换 " + reward);
        assertTrue(ordered.startsWith("兑换成功：环保袋 × 1"), ordered);
        assertTrue(say(worker, "核销 " + code(ordered, 8)).startsWith("核销成功：环保袋 × 1"));
        assertTrue(awaitText(volunteer, "【兑换已领取】").contains("环保袋 × 1"));
        assertTrue(say(volunteer, "积分").contains("可用积分：20"));

        var check = checker.check().await().atMost(Duration.ofSeconds(20));
        assertEquals(0, check.violations(), check.toString());
    }

    /** Sends a text as {@code openid} (signed at the test clock's time) and returns the reply the platform got. */
    private String say(String openid, String text) {
        int before = platform.receivedBy(openid).size();
        String body = MessageBuilder.of(openid, clock.instant().getEpochSecond(), "text").with("Content", text)
                .with("MsgId", Long.toString(MSG_IDS.incrementAndGet())).xml();
        Webhook.post(Webhook.signer().sign(SecurityMode.SAFE, body, clock)).statusCode(200);
        List<PlatformStub.Received> got = await().atMost(Duration.ofSeconds(20))
                .until(() -> platform.receivedBy(openid), r -> r.size() > before);
        return got.get(got.size() - 1).body().getJsonObject("text").getString("content");
    }

    @Test
    void theDemoCityOffersRecruitmentsAndRewardsInTheChat() {
        String recruitments = say("o_demo_volunteer_1", "招募");
        assertTrue(recruitments.contains("周六清洁家园") && recruitments.contains("白沙街道无偿献血引导"), recruitments);
        String other = say("o_demo_volunteer_4", "招募");
        assertTrue(other.contains("消防安全宣传进楼栋") && !other.contains("周六清洁家园"), other);
        String shop = say("o_demo_volunteer_1", "商城");
        assertTrue(shop.contains("纯棉毛巾") && shop.contains("大米5公斤"), shop);
    }

    /** The first text the platform got for {@code openid} that starts with {@code prefix}. */
    private String awaitText(String openid, String prefix) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> platform.receivedBy(openid).stream()
                .map(r -> r.body().getJsonObject("text"))
                .filter(java.util.Objects::nonNull).map(t -> t.getString("content"))
                .filter(c -> c.startsWith(prefix)).findFirst(), java.util.Optional::isPresent).get();
    }

    private static String code(String reply, int digits) {
        Matcher m = Pattern.compile("(?<!\\d)(\\d{" + digits + "})(?!\\d)").matcher(reply);
        assertTrue(m.find(), "no " + digits + "-digit code in: " + reply);
        return m.group(1);
    }
}
