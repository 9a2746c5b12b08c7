package org.gridline.conversation;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.gridline.testing.CityFixtures;
import org.gridline.testing.Codes;
import org.gridline.testing.Db;
import org.gridline.testing.PlatformStubResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.gridline.testing.Staff.asAdmin;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Where a resident's report is, said in their own words, through the real webhook: a known building named anywhere in
 * the message, a place no grid knows (kept as typed, a pin asked once), a pin, greetings inside the form, and the
 * duplicate offer as soon as category and place are known. The city has the 和谐小区 of issue 24 (1–3栋 in one grid
 * with a worker), created once: the test database outlives runs.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformStubResource.class, restrictToAnnotatedClass = true)
class ResidentPlaceChatTest {
    private static final String ESTATE = "和谐小区";

    @Inject
    Pool pool;
    Db db;
    String estateGrid;

    @BeforeEach
    void fresh() {
        db = new Db(pool);
        ReportFixtures.closeOpenReports(db);
        estateGrid = estateGrid();
    }

    private Chat resident() {
        return new Chat("o_place_", PlatformStubResource.stub(), Clock.systemUTC());
    }

    @Test
    void aBuildingNamedAtTheStartOfTheMessageIsFiledIntoItsGridWithoutAskingForALocation() {
        Chat chat = resident();
        assertTrue(chat.say("和谐小区1栋门口的垃圾桶被撞坏了，垃圾撒了一地").contains("联系电话"));
        assertTrue(chat.photo("https://img.example/bin.jpg").contains("照片已收到（共1张）"));
        String summary = chat.say("13800138000");
        assertTrue(summary.contains("位置：和谐小区1栋（测试网格 " + estateGrid + "）"), summary);
        String filed = chat.say("确认");
        assertTrue(filed.contains("已派单：测试网格 " + estateGrid), filed);
        assertTrue(chat.replies().stream().noneMatch(r -> r.contains("问题在哪里")), chat.replies().toString());
        String number = ResidentChatTest.number(filed);
        var row = db.rows("SELECT grid_code, building, address, status FROM report WHERE number = $1", number).get(0);
        assertEquals(estateGrid, row.getString(0));
        assertEquals("和谐小区1栋", row.getString(1));
        assertEquals("和谐小区1栋", row.getString(2));
        assertEquals("DISPATCHED", row.getString(3));
        asAdmin().get("/api/reports/" + number).then().statusCode(200)
                .body("grid", is(estateGrid)).body("building", is("和谐小区1栋")).body("address", is("和谐小区1栋"));
    }

    @Test
    void theUnitStaysWithTheBuildingWhenTheyAreWrittenApart() {
        Chat chat = resident();
        String summary = chat.say("幸福小区3栋 2单元楼道灯坏了，电话13800138000");
        assertTrue(summary.contains("位置：幸福小区3栋2单元（昌盛社区第一网格）"), summary);
        String number = ResidentChatTest.number(chat.say("确认"));
        var row = db.rows("SELECT address, building, grid_code FROM report WHERE number = $1", number).get(0);
        assertEquals("幸福小区3栋2单元", row.getString(0));
        assertEquals("幸福小区3栋", row.getString(1));
        assertEquals("CS-01", row.getString(2));
    }

    @Test
    void aPlaceNoGridKnowsIsKeptAsTypedThePinIsAskedOnceAndTheReplySaysWhatFollows() {
        Chat chat = resident();
        assertTrue(chat.say("红绿灯坏了，一直闪黄灯").contains("问题在哪里"));
        String askPin = chat.say("人民路和建设路交叉口");
        assertTrue(askPin.contains("人民路和建设路交叉口") && askPin.contains("\"+\"→\"位置\"")
                && askPin.contains("跳过"), askPin);
        assertTrue(chat.say("跳过").contains("联系电话"));
        String summary = chat.say("跳过");
        assertTrue(summary.contains("位置：人民路和建设路交叉口\n") && summary.contains("街道人工派单")
                && summary.contains("没有留电话"), summary);
        String filed = chat.say("确认");
        assertTrue(filed.contains("等待街道派单") && filed.contains("您没有留电话")
                && filed.contains("位置也没能对应到网格"), filed);
        assertFalse(filed.contains("网格员会联系您"), filed);
        List<String> replies = chat.replies();
        assertTrue(replies.stream().noneMatch(r -> r.contains("没太看明白")), replies.toString());
        assertEquals(1, replies.stream().filter(r -> r.contains("\"+\"→\"位置\"") && r.contains("没有找到")).count());
        String number = ResidentChatTest.number(filed);
        var row = db.rows("SELECT address, grid_code, contact_phone, status FROM report WHERE number = $1", number)
                .get(0);
        assertEquals("人民路和建设路交叉口", row.getString(0));
        assertNull(row.getString(1));
        assertNull(row.getString(2));
        assertEquals("RECEIVED", row.getString(3));
    }

    @Test
    void anAnswerToThePinRequestThatIsNotAPinMovesOn() {
        Chat chat = resident();
        String askPin = chat.say("人民路和建设路交叉口的红绿灯坏了");
        assertTrue(askPin.contains("位置记为\"人民路和建设路交叉口\""), askPin);
        String next = chat.say("就在路口东边");
        assertTrue(next.contains("联系电话") && !next.contains("没太看明白"), next);
    }

    @Test
    void aPinIsAcknowledgedAndNamesTheBuildingItsLabelNames() {
        Chat chat = resident();
        assertTrue(chat.say("楼道灯不亮了，晚上黑漆漆的").contains("问题在哪里"));
        String ack = chat.pin(22.5780, 113.0790, "幸福小区3栋");
        assertTrue(ack.startsWith("📍 位置已收到（幸福小区3栋），属于昌盛社区第一网格。") && ack.contains("联系电话"), ack);
        chat.say("13800138000");
        String number = ResidentChatTest.number(chat.say("确认"));
        asAdmin().get("/api/reports/" + number).then().statusCode(200)
                .body("grid", is("CS-01")).body("building", is("幸福小区3栋"));
    }

    @Test
    void aPinSentForATypedPlaceKeepsTheWordsAndGivesTheGrid() {
        Chat chat = resident();
        assertTrue(chat.say("人民路和建设路交叉口的红绿灯坏了").contains("没有找到"));
        String ack = chat.pin(22.5780, 113.0790, "");
        assertTrue(ack.startsWith("📍 位置已收到（人民路和建设路交叉口），属于昌盛社区第一网格。"), ack);
        String summary = chat.say("跳过");
        assertTrue(summary.contains("位置：人民路和建设路交叉口（昌盛社区第一网格）"), summary);
    }

    @Test
    void aGreetingInsideAFormIsAnsweredWithoutUsingUpAReAsk() {
        Chat chat = resident();
        assertTrue(chat.say("路面坑坑洼洼的，好多人摔跤").contains("问题在哪里"));
        String greeted = chat.say("你好");
        assertTrue(greeted.contains("您好") && greeted.contains("问题在哪里") && !greeted.contains("没太看明白"), greeted);
        assertTrue(chat.say("不知道").contains("没太看明白"));
        String second = chat.say("不清楚");
        assertTrue(second.contains("没太看明白") && second.contains("问题在哪里"), "two unclear answers, not three: " + second);
        assertTrue(chat.say("说不上来").contains("位置先空着"));
    }

    @Test
    void theDuplicateOfferComesAsSoonAsCategoryAndPlaceAreKnownBeforeThePhoneQuestion() {
        Chat first = resident();
        first.say(ESTATE + "2栋楼下垃圾满了没人清");
        first.say("跳过");
        String number = ResidentChatTest.number(first.say("确认"));

        Chat second = resident();
        String offer = second.say(ESTATE + "2栋门口垃圾好臭");
        assertTrue(offer.contains(number) && offer.contains("关注") && !offer.contains("联系电话"), offer);
        assertTrue(second.say("继续").contains("联系电话"));
        assertTrue(second.say("跳过").startsWith("请核对"));
    }

    /** The grid of 和谐小区1–3栋, with a worker; created on the first run against this database. */
    private static String estateGrid() {
        Response found = asAdmin().queryParam("address", ESTATE + "1栋").get("/api/locate");
        if (found.statusCode() == 200) {
            return found.path("gridCode");
        }
        String code = Codes.unique("hx");
        List<Map<String, Object>> buildings = List.of(Map.of("name", ESTATE + "1栋"), Map.of("name", ESTATE + "2栋"),
                Map.of("name", ESTATE + "3栋"));
        asAdmin().body(CityFixtures.grid(code, CityFixtures.newCommunity(), CityFixtures.square(
                CityFixtures.TEST_LNG + 2.47, CityFixtures.TEST_LAT - 2.47), buildings)).post("/api/grids")
                .then().statusCode(201);
        asAdmin().body(CityFixtures.member("o_" + code + "_worker", "13800138000", "WORKER"))
                .post("/api/grids/" + code + "/members").then().statusCode(201);
        return code;
    }
}
