package org.gridline.conversation;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.gridline.testing.Db;
import org.gridline.testing.PlatformStubResource;
import org.gridline.testing.Staff;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.hamcrest.Matchers.*;

/** The staff API over what residents filed in the chat: ADMIN sees all, a LEADER their own grid. */
@QuarkusTest
@QuarkusTestResource(value = PlatformStubResource.class, restrictToAnnotatedClass = true)
class ReportApiTest {
    @Inject
    Pool pool;

    @Test
    void reportsAreListedNewestFirstAndShownWithTheirTimeline() {
        ReportFixtures.closeOpenReports(new Db(pool));
        Chat chat = new Chat("o_api_", PlatformStubResource.stub(), Clock.systemUTC());
        chat.say("幸福小区4栋楼道灯坏了");
        chat.say("跳过");
        String first = ResidentChatTest.number(chat.say("确认"));
        chat.say("幸福小区4栋门口垃圾没人收");
        chat.say("跳过");
        String second = ResidentChatTest.number(chat.say("确认"));

        Staff.asAdmin().queryParam("reporter", chat.openid).get("/api/reports").then().statusCode(200)
                .body("total", is(2)).body("items[0].number", is(second)).body("items[1].number", is(first))
                .body("items[0].category", is("ENV")).body("items[0].grid", is("CS-01"))
                .body("items[0].status", is("DISPATCHED")).body("items[0].address", is("幸福小区4栋"));
        Staff.asAdmin().queryParam("reporter", chat.openid).queryParam("category", "FAC").get("/api/reports")
                .then().body("total", is(1)).body("items[0].number", is(first));
        Staff.asAdmin().get("/api/reports/" + first).then().statusCode(200)
                .body("timeline[0].action", is("RECEIVED")).body("timeline[0].actor", is(chat.openid))
                .body("timeline[0].note", is("居民上报"));
        Staff.asAdmin().get("/api/reports/R1999010100001").then().statusCode(404);

        Staff.asLeaderOf("CS-01").get("/api/reports/" + first).then().statusCode(200);
        Staff.asLeaderOf("CS-02").get("/api/reports/" + first).then().statusCode(403);
        Staff.asLeaderOf("CS-02").queryParam("grid", "CS-01").get("/api/reports").then().statusCode(403);
        Staff.asLeaderOf("CS-02").queryParam("reporter", chat.openid).get("/api/reports").then()
                .body("total", is(0));
    }

    @Test
    void categoriesAndRegistrationsWithDailyCounts() {
        Staff.asAdmin().get("/api/categories").then().statusCode(200).body("code", hasItems("ENV", "FAC", "SAF",
                "ORD", "DIS", "CIV", "TRA", "EPI", "WEL", "OTH")).body("find { it.code == 'SAF' }.level", is(2));
        Chat chat = new Chat("o_reg_", PlatformStubResource.stub(), Clock.systemUTC());
        chat.say("报备：我叫王五，电话13700137000，从深圳回来，今天到的，住昌盛花园1栋");
        chat.say("确认");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        Staff.asAdmin().queryParam("openid", chat.openid).get("/api/registrations").then().statusCode(200)
                .body("total", is(1)).body("items[0].grid", is("CS-02")).body("items[0].origin", is("深圳"))
                .body("items[0].arrivalDate", is(today));
        Staff.asAdmin().queryParam("grid", "CS-02").queryParam("from", today).queryParam("to", today)
                .get("/api/registrations/daily").then().statusCode(200)
                .body("[0].grid", is("CS-02")).body("[0].registrations", greaterThanOrEqualTo(1));
        Staff.asLeaderOf("CS-01").queryParam("openid", chat.openid).get("/api/registrations").then()
                .body("total", is(0));
        Staff.asAdmin().queryParam("from", today).queryParam("to", "2000-01-01").get("/api/registrations/daily")
                .then().statusCode(400);
    }
}
