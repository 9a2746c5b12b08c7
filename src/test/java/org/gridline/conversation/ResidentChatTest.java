package org.gridline.conversation;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.gridline.report.ReportNumbers;
import org.gridline.testing.Db;
import org.gridline.testing.PlatformStubResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Residents reporting and registering through the real webhook, with the platform stubbed: what they read, in order.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformStubResource.class, restrictToAnnotatedClass = true)
class ResidentChatTest {

    @Inject
    Pool pool;
    Db db;

    @BeforeEach
    void fresh() {
        db = new Db(pool);
        ReportFixtures.closeOpenReports(db);
    }

    private Chat resident() {
        return new Chat("o_res_", PlatformStubResource.stub(), Clock.systemUTC());
    }

    @Test
    void reportWithALocationPin() {
        Chat chat = resident();
        assertTrue(chat.say("小区门口的路灯不亮了，晚上黑漆漆的").contains("问题在哪里"));
        assertTrue(chat.photo("https://img.example/lamp.jpg").contains("照片已收到（共1张）"));
        assertTrue(chat.pin(22.5780, 113.0790, "幸福小区东门").contains("联系电话"));
        String summary = chat.say("跳过");
        assertTrue(summary.contains("幸福小区东门") && summary.contains("昌盛社区第一网格")
                && summary.contains("市政设施") && summary.contains("照片：1张"), summary);
        String filed = chat.say("确认");
        String number = number(filed);
        assertTrue(filed.contains("查询 " + number), filed);
        var row = db.rows("SELECT grid_code, status, category_code, latitude, photos::text, level FROM report"
                + " WHERE number = $1 AND reporter = $2", number, chat.openid).get(0);
        assertEquals("CS-01", row.getString(0));
        assertEquals("DISPATCHED", row.getString(1));
        assertEquals("FAC", row.getString(2));
        assertEquals(22.578, row.getDouble(3), 1e-9);
        assertTrue(row.getString(4).contains("lamp.jpg"));
        assertEquals(3, row.getInteger(5));
    }

    @Test
    void aMessageWithEverythingGoesStraightToTheSummary() {
        Chat chat = resident();
        String summary = chat.say("幸福小区三栋二单元楼道灯坏了好几天了😡 电话138 0013 8000");
        assertTrue(summary.startsWith("请核对"), summary);
        assertTrue(summary.contains("幸福小区3栋2单元") && summary.contains("13800138000"), summary);
        String number = number(chat.say("对"));
        var row = db.rows("SELECT building, grid_code, contact_phone FROM report WHERE number = $1", number).get(0);
        assertEquals("幸福小区3栋", row.getString(0));
        assertEquals("CS-01", row.getString(1));
        assertEquals("13800138000", row.getString(2));
        assertEquals(1, db.count("SELECT count(*) FROM report_event WHERE action = 'RECEIVED' AND report_id ="
                + " (SELECT id FROM report WHERE number = $1)", number));
    }

    @Test
    void cancellingMidFormFilesNothingAndLeavesNoDraft() {
        Chat chat = resident();
        assertTrue(chat.say("楼下垃圾没人收，臭死了").contains("问题在哪里"));
        assertTrue(chat.say("算了").contains("已取消"));
        assertEquals(0, db.count("SELECT count(*) FROM report WHERE reporter = $1", chat.openid));
        assertEquals(0, db.count("SELECT count(*) FROM conversation WHERE openid = $1", chat.openid));
        String menu = chat.say("你好");
        assertTrue(menu.contains("网格服务助手") && !menu.contains("继续"), menu);
    }

    @Test
    void correctingTheAddressAtTheSummary() {
        Chat chat = resident();
        assertTrue(chat.say("幸福小区5栋门口垃圾堆成山了").contains("联系电话"));
        assertTrue(chat.say("跳过").contains("幸福小区5栋"));
        assertTrue(chat.say("改地址").contains("问题在哪里"));
        String summary = chat.say("群星苑2栋");
        assertTrue(summary.contains("群星苑2栋") && summary.contains("群星社区第一网格"), summary);
        String number = number(chat.say("确认"));
        assertEquals("QX-01", db.rows("SELECT grid_code FROM report WHERE number = $1", number).get(0).getString(0));
    }

    @Test
    void aThirdAnswerThatDoesNotFitGetsAWayOutNotAFourthQuestion() {
        Chat chat = resident();
        assertTrue(chat.say("路面坑坑洼洼的，好多人摔跤").contains("问题在哪里"));
        assertTrue(chat.say("不知道").contains("没太看明白"));
        assertTrue(chat.say("不清楚").contains("问题在哪里"));
        String wayOut = chat.say("说不上来");
        assertTrue(wayOut.contains("位置先空着") && wayOut.contains("联系电话"), wayOut);
    }

    @Test
    void aNearbyOpenReportOfTheSameCategoryIsOfferedToFollow() {
        Chat first = resident();
        first.say("幸福小区6栋的垃圾满了没人清");
        first.say("跳过");
        String number = number(first.say("确认"));

        Chat second = resident();
        String offer = second.say("幸福小区6栋楼下垃圾好臭");
        assertTrue(offer.contains(number) && offer.contains("关注"), offer);
        assertTrue(second.say("关注").contains("已关注 " + number));
        assertEquals(0, db.count("SELECT count(*) FROM report WHERE reporter = $1", second.openid));
        assertEquals(1, db.count("SELECT count(*) FROM report_follower WHERE openid = $1", second.openid));
        String detail = second.say("查询 " + number);
        assertTrue(detail.contains(number) && detail.contains("有居民关注") && detail.contains("已派单"), detail);
    }

    @Test
    void anEmergencyGetsTheNumbersToCallFirstAndIsFiledAtLevelOneAtOnce() {
        Chat chat = resident();
        String first = chat.say("闻到煤气味!! 幸福小区2栋");
        assertTrue(first.startsWith("⚠️") && first.indexOf("119") < first.indexOf("联系电话"), first);
        String number = number(first);
        var row = db.rows("SELECT level, emergency, category_code FROM report WHERE number = $1", number).get(0);
        assertEquals(1, row.getInteger(0));
        assertTrue(row.getBoolean(1));
        assertEquals("SAF", row.getString(2));
        assertTrue(chat.say("跳过").contains("紧急事件 " + number + " 已登记"));
    }

    @Test
    void aMessageNotInChineseGetsABilingualHintWithTheMenu() {
        Chat chat = resident();
        String reply = chat.say("Hello, is anyone there?");
        assertTrue(reply.startsWith("本服务使用中文 / This service works in Chinese") && reply.contains("网格服务助手"),
                reply);
        String menu = chat.say("你好");
        assertTrue(menu.startsWith("您好，这里是网格服务助手") && !menu.contains("This service"), menu);
    }

    @Test
    void myReportsListsThemWithStatusAndShowsOneWithItsTimeline() {
        Chat chat = resident();
        assertTrue(chat.say("查询").contains("还没有上报"));
        chat.say("昌盛花园2栋电梯坏了，老人上不了楼");
        chat.say("13900139000");
        String number = number(chat.say("确认"));
        String list = chat.say("我的上报");
        assertTrue(list.contains(number) && list.contains("已派单") && list.contains("市政设施"), list);
        assertTrue(chat.say("查询 " + number.substring(number.length() - 4)).contains("处理经过"));
        assertTrue(chat.say("查询 R2000010100001").contains("没有找到"));
    }

    @Test
    void registrationFromAFreeSentenceAsksOnlyWhatIsMissing() {
        Chat chat = resident();
        assertTrue(chat.say("我从广州回来了，11月20号到的江门，住在白沙街道昌盛社区").contains("姓名"));
        assertTrue(chat.say("张三").contains("手机号码"));
        assertTrue(chat.say("1380013800").contains("没太看明白"), "ten digits are not a phone");
        String summary = chat.say("13800138000");
        assertTrue(summary.contains("广州") && summary.contains("11月20日") && summary.contains("白沙街道昌盛社区"),
                summary);
        assertTrue(chat.say("确认").contains("报备成功"));
        var row = db.rows("SELECT name, phone, origin, arrival_date, high_risk FROM registration WHERE openid = $1",
                chat.openid).get(0);
        assertEquals("张三", row.getString(0));
        assertEquals("13800138000", row.getString(1));
        assertEquals("广州", row.getString(2));
        assertEquals(lastNovember20(), row.getLocalDate(3));
        assertFalse(row.getBoolean(4));
    }

    @Test
    void anArrivalFromAHighRiskAreaCreatesAFollowUpTaskForTheGridWorker() {
        Chat chat = resident();
        String summary = chat.say("报备：我叫李四，电话13900139000，从湖北武汉回来，昨天到的，住幸福小区3栋");
        assertTrue(summary.startsWith("请核对") && summary.contains("昌盛社区第一网格"), summary);
        assertTrue(chat.say("确认").contains("保持电话畅通"));
        var task = db.rows("SELECT t.assignee, t.grid_code, t.reason FROM follow_up_task t JOIN registration r"
                + " ON r.id = t.registration_id WHERE r.openid = $1", chat.openid).get(0);
        assertEquals("o_demo_worker_g1a", task.getString(0));
        assertEquals("CS-01", task.getString(1));
        assertTrue(task.getString(2).startsWith("来自高风险地区："), task.getString(2));
    }

    private static LocalDate lastNovember20() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate candidate = LocalDate.of(today.getYear(), 11, 20);
        return candidate.isAfter(today) ? candidate.minusYears(1) : candidate;
    }

    static String number(String reply) {
        return ReportNumbers.firstIn(reply).orElseThrow(() -> new AssertionError("a report number in: " + reply));
    }
}
