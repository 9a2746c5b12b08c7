package org.gridline.volunteer;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.gridline.points.LedgerChecker;
import org.gridline.points.LedgerService;
import org.gridline.points.RedemptionService;
import org.gridline.testing.Db;
import org.gridline.testing.InTransaction;
import org.gridline.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.gridline.testing.Staff.asAdmin;
import static org.gridline.volunteer.VolunteerFixtures.*;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The volunteer's and the worker's chat, end to end through {@link VolunteerChatService} inside a transaction as the
 * inbox runs it: publish → 报名 → 签到码 → 签到 → 签退 → 积分 → 兑换 → 核销, on a controllable clock.
 */
@QuarkusTest
class VolunteerChatFlowTest {
    @Inject
    VolunteerChatService chat;
    @Inject
    LedgerChecker checker;
    @Inject
    LedgerService ledger;
    @Inject
    RedemptionService redemptions;
    @Inject
    Vertx vertx;
    @Inject
    Pool pool;
    Db db;
    MutableClock clock;
    String grid;
    String worker;
    List<String> volunteers;

    @BeforeEach
    void city() {
        clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MINUTES));
        QuarkusMock.installMockForType(clock, Clock.class);
        db = new Db(pool);
        grid = newGrid();
        worker = members(db, grid, "WORKER", 1).get(0);
        volunteers = members(db, grid, "VOLUNTEER", 3);
    }

    String say(String openid, String verb, String text) {
        return InTransaction.run(vertx, () -> chat.reply(openid, verb, text));
    }

    @Test
    void publishSignUpCheckInOutEarnRedeemAndPickUp() {
        String alice = volunteers.get(0);
        Map<String, Object> body = recruitment(grid, clock.instant().plus(Duration.ofHours(3)), 5, 30);
        long id = published(body);
        String title = (String) body.get("title");
        assertEquals(3, new Db(pool).count("SELECT COUNT(*) FROM outbox_message WHERE source = $1",
                "recruitment:" + id), "each volunteer of the grid is notified");
        assertEquals(List.of(worker), new Db(pool).rows("SELECT openid FROM outbox_message WHERE source = $1",
                "recruitment-organiser:" + id).stream().map(r -> r.getString(0)).toList(), "and its organiser told");

        assertTrue(say(alice, "招募", "招募").contains("【" + id + "】" + title), "the list shows the number and title");
        assertTrue(say(alice, "报名", "报名 " + id).startsWith("报名成功：" + title));
        assertTrue(say(alice, "报名", "报名 " + id).contains("已经报名"));
        assertTrue(say(alice, "我的活动", "我的活动").contains("【" + id + "】" + title));

        clock.advance(Duration.ofHours(3));
        String codeReply = say(worker, "签到码", "签到码 " + id);
        String checkIn = code(codeReply, 6);
        assertTrue(say(alice, "签到", "签到 000000").contains("签到码不对"));
        assertTrue(say(alice, "签到", "签到 " + checkIn).startsWith("签到成功：" + title));
        assertTrue(say(alice, "签到码", "签到码 " + id).contains("网格员或网格长"), "a volunteer gets no code");

        clock.advance(Duration.ofMinutes(100));
        assertTrue(say(alice, "签退", "签退 " + checkIn).contains("签到码不对"), "the check-in code is not a check-out code");
        String checkOut = code(say(worker, "签到码", "签到码 " + id + " 签退"), 6);
        String out = say(alice, "签退", "签退 " + checkOut);
        assertTrue(out.contains("服务时长 100 分钟") && out.contains("获得 30 积分"), out);
        assertTrue(say(alice, "签退", "签退 " + checkOut).contains("已经签退过了"));

        String points = say(alice, "积分", "积分");
        assertTrue(points.contains("可用积分：30") && points.contains("服务奖励 +30"), points);

        long reward = ((Number) asAdmin().body(Map.of("name", "环保袋", "price", 10, "stock", 5, "perUserLimit", 2,
                "validUntil", at(clock.instant().plus(Duration.ofDays(30))), "grid", grid))
                .post("/api/rewards").then().statusCode(201).extract().path("id")).longValue();
        assertTrue(say(alice, "商城", "商城").contains("【" + reward + "】环保袋  10 积分"));
        String ordered = say(alice, "兑换", "兑换 " + reward + " 两个");
        assertTrue(ordered.startsWith("兑换成功：环保袋 × 2，冻结 20 积分"), ordered);
        String pickup = code(ordered, 8);
        assertTrue(say(alice, "积分", "积分").contains("待领取兑换冻结：20"));
        assertTrue(say(alice, "兑换", "兑换 " + reward).contains("每人限兑"), "the per-user limit is 2");
        assertTrue(say(volunteers.get(1), "核销", "核销 " + pickup).contains("网格员可以核销"));

        assertTrue(say(worker, "核销", "核销 " + pickup).startsWith("核销成功：环保袋 × 2"));
        assertTrue(say(worker, "核销", "核销 " + pickup).contains("没有待领取"), "a code is used once");
        asAdmin().get("/api/rewards?size=100").then().statusCode(200);
        assertEquals(List.of(3, 0, 2), units(reward));
        asAdmin().get("/api/points/" + alice).then().statusCode(200).body("balance", is(10)).body("pending", is(0))
                .body("statement.entries", hasSize(2)).body("statement.entries[0].kind", is("RESERVE"))
                .body("statement.entries[0].balanceAfter", is(10));
        assertEquals(0, awaitCheck());
    }

    @Test
    void aCancelledPlaceGoesToTheFirstOnTheWaitlistWhoIsNotified() {
        long id = published(recruitment(grid, clock.instant().plus(Duration.ofHours(3)), 1, 10));
        assertTrue(say(volunteers.get(0), "报名", "报名 " + id).startsWith("报名成功"));
        assertTrue(say(volunteers.get(1), "报名", "报名 " + id).contains("排第 1 位"));
        assertTrue(say(volunteers.get(2), "报名", "报名 " + id).contains("排第 2 位"));
        assertTrue(say(volunteers.get(0), "取消报名", "取消报名 " + id).startsWith("已取消报名"));
        detail(id).body("signUps[0].openid", is(volunteers.get(1))).body("waitlist[0].openid", is(volunteers.get(2)));
        assertEquals(1, db.count("SELECT COUNT(*) FROM outbox_message WHERE openid = $1 AND template_id = $2",
                volunteers.get(1), "volunteer-waitlist-promoted"));
        clock.advance(Duration.ofMinutes(150));
        assertTrue(say(volunteers.get(1), "取消报名", "取消报名 " + id).contains("已过报名截止时间"));
    }

    @Test
    void overlapsOtherGridsTitlesAndDeadlinesAreRefusedWithTheReason() {
        Instant start = clock.instant().plus(Duration.ofHours(3));
        Map<String, Object> first = recruitment(grid, start, 5, 10);
        long a = published(first);
        long b = published(recruitment(grid, start.plus(Duration.ofHours(1)), 5, 10));
        String alice = volunteers.get(0);
        String title = (String) first.get("title");
        String byWords = say(alice, "报名", "报名 " + title.substring(title.indexOf(' ') + 1));
        assertTrue(byWords.startsWith("报名成功：" + title), () -> "by words of the title: " + byWords);
        assertTrue(say(alice, "报名", "报名 " + b).contains("您已报名的\"" + title + "\"与这个活动时间冲突"));
        String stranger = members(db, newGrid(), "VOLUNTEER", 1).get(0);
        assertTrue(say(stranger, "报名", "报名 " + a).contains("只接受本网格的志愿者"));
        assertTrue(say(alice, "报名", "报名 999999999").contains("没有这个编号的活动"));
        assertTrue(say(alice, "报名", "报名").contains("报名 编号"));
        clock.advance(Duration.ofHours(2));
        assertTrue(say(volunteers.get(1), "报名", "报名 " + a).contains("已过报名截止时间"));
    }

    @Test
    void aRedemptionNotPickedUpExpiresAndReturnsPointsAndUnits() {
        String alice = volunteers.get(0);
        org.gridline.points.LedgerFixturesAccess.award(ledger, alice, grid, 50);
        long reward = ((Number) asAdmin().body(Map.of("name", "雨伞", "price", 20, "stock", 1, "perUserLimit", 5,
                "validUntil", at(clock.instant().plus(Duration.ofDays(30)))))
                .post("/api/rewards").then().statusCode(201).extract().path("id")).longValue();
        String pickup = code(say(alice, "兑换", "兑换 " + reward), 8);
        assertTrue(say(volunteers.get(1), "兑换", "兑换 " + reward).contains("库存不足"));
        assertEquals(List.of(0, 1, 0), units(reward));
        clock.advance(Duration.ofDays(7).minusMinutes(1));
        expireDue();
        assertEquals(List.of(0, 1, 0), units(reward), "not yet");
        clock.advance(Duration.ofMinutes(1));
        assertTrue(expireDue() >= 1);
        assertEquals(List.of(1, 0, 0), units(reward));
        assertTrue(say(alice, "积分", "积分").contains("可用积分：50"));
        assertTrue(say(alice, "取消兑换", "取消兑换 " + pickup).contains("没有待领取"));
        String again = code(say(alice, "兑换", "兑换 " + reward), 8);
        assertTrue(say(alice, "取消兑换", "取消兑换 " + again).startsWith("已取消兑换：雨伞，20 积分已退回"));
        assertEquals(0, awaitCheck());
    }

    /** The expiry job's work, as the scheduler runs it; other tests' redemptions may expire too. */
    private int expireDue() {
        return org.gridline.platform.SafeContext.run(vertx, redemptions::expireDue).await()
                .atMost(Duration.ofSeconds(60));
    }

    private List<Integer> units(long reward) {
        var row = db.rows("SELECT stock, reserved, issued FROM reward WHERE id = $1", reward).get(0);
        return List.of(row.getInteger(0), row.getInteger(1), row.getInteger(2));
    }

    private long awaitCheck() {
        return checker.check().await().atMost(Duration.ofSeconds(30)).violations();
    }

    private static String code(String reply, int digits) {
        Matcher m = Pattern.compile("(?<!\\d)\\d{" + digits + "}(?!\\d)").matcher(reply);
        assertTrue(m.find(), () -> "no " + digits + "-digit code in: " + reply);
        return m.group();
    }
}
