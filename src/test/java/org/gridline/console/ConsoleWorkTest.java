package org.gridline.console;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.gridline.testing.Codes;
import org.gridline.testing.Db;
import org.gridline.testing.PlatformStubResource;
import org.gridline.testing.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Working the queue in the console: the queue shows a grid's reports (and only its own to its leader), a report's
 * action forms go through the work-order service (a refusal shows the lifecycle's reason on the page), and a bulk
 * action answers per report what happened, one refusal leaving the others done.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformStubResource.class, restrictToAnnotatedClass = true)
class ConsoleWorkTest {
    @Inject
    Pool pool;
    Db db;
    ConsoleFixtures city;
    ConsoleSession admin;

    @BeforeEach
    void city() {
        db = new Db(pool);
        city = new ConsoleFixtures(db);
        admin = ConsoleSession.login(Staff.ADMIN, Staff.adminPassword());
    }

    @Test
    void theQueueShowsTheGridsReportsWithTheirFiltersInTheUrl() {
        String number = city.report("楼道灯不亮");
        String page = admin.get("/console/reports?grid=" + city.grid).then().statusCode(200).extract().asString();
        assertTrue(page.contains(number), page);
        assertTrue(page.contains("/console/reports/export.csv?grid=" + city.grid), "the export keeps the filter");
        admin.get("/console/reports?grid=" + city.grid + "&status=DISPATCHED").then().statusCode(200)
                .body(not(containsString(number))).body(containsString("没有符合条件的工单"));
        admin.get("/console/reports?status=NOPE").then().statusCode(400);
        ConsoleSession stranger = ConsoleSession.login(new ConsoleFixtures(db).leaderLogin, Staff.LEADER_PASSWORD);
        stranger.get("/console/reports").then().statusCode(200).body(not(containsString(number)));
        stranger.get("/console/reports?grid=" + city.grid).then().statusCode(403);
        ConsoleSession.login(city.leaderLogin, Staff.LEADER_PASSWORD).get("/console/reports").then().statusCode(200)
                .body(containsString(number));
    }

    @Test
    void aReportIsDispatchedFromItsPageAndARefusalShowsTheLifecyclesReason() {
        String number = city.report("井盖松动");
        ConsoleSession leader = ConsoleSession.login(city.leaderLogin, Staff.LEADER_PASSWORD);
        Response refused = leader.post("/console/reports/" + number + "/cancel", Map.of("reason", "重复"));
        assertEquals(403, refused.statusCode());
        assertTrue(refused.asString().contains("您无权作废该工单"), refused.asString());
        Response noReason = admin.post("/console/reports/" + number + "/cancel", Map.of("reason", " "));
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.asString().contains("作废工单须填写原因"));
        Response done = leader.post("/console/reports/" + number + "/dispatch", Map.of("assignee", city.worker2,
                "note", "就近"));
        assertEquals(303, done.statusCode(), done.asString());
        assertEquals("DISPATCHED", city.status(number));
        assertEquals(city.worker2, city.assignee(number));
        leader.get(done.header("Location").replaceFirst("^https?://[^/]+", "")).then().statusCode(200)
                .body(containsString("已派单。")).body(containsString("网格员丁")).body(containsString("改派"));
        Response again = leader.post("/console/reports/" + number + "/dispatch", Map.of());
        assertEquals(409, again.statusCode());
        assertTrue(again.asString().contains("该工单已派单，不能重新派单"), again.asString());
    }

    @Test
    void aDepartmentOrderIsIssuedFromTheReportPage() {
        String number = city.report("路灯一直闪");
        String department = Codes.unique("dp").toUpperCase();
        Staff.asAdmin().body(Map.of("code", department, "name", "测试部门", "contactOpenids",
                List.of("o_" + department.toLowerCase() + "_contact"))).post("/api/departments").then().statusCode(201);
        Response done = admin.post("/console/reports/" + number + "/order", Map.of("department", department,
                "note", "请核查线路"));
        assertEquals(303, done.statusCode(), done.asString());
        admin.get("/console/reports/" + number).then().statusCode(200).body(containsString("请核查线路"));
        Response twice = admin.post("/console/reports/" + number + "/order", Map.of("department", department,
                "note", "再次"));
        assertEquals(409, twice.statusCode());
    }

    @Test
    void bulkAssignAnswersPerReportAndOneRefusalLeavesTheOthersDone() {
        List<String> numbers = List.of(city.report("垃圾没清运"), city.report("垃圾桶坏了"), city.report("乱堆放"));
        String cancelled = city.report("重复的");
        admin.post("/console/reports/" + cancelled + "/cancel", Map.of("reason", "重复上报")).then().statusCode(303);
        var form = admin.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf", admin.csrf).formParam("action", "assign").formParam("assignee", city.worker)
                .formParam("reason", "批量派单").formParam("back", "grid=" + city.grid);
        for (String n : numbers) {
            form.formParam("number", n);
        }
        String page = form.formParam("number", cancelled).post("/console/reports/bulk").then().statusCode(200)
                .extract().asString();
        for (String n : numbers) {
            assertEquals("DISPATCHED", city.status(n), n);
            assertEquals(city.worker, city.assignee(n));
            assertEquals(1, db.count("SELECT count(*) FROM report_event e JOIN report r ON r.id = e.report_id "
                    + "WHERE r.number = $1 AND e.action = 'DISPATCH'", n), "its own timeline entry");
        }
        assertEquals("CANCELLED", city.status(cancelled));
        assertEquals(3, page.split("已完成", -1).length - 1, page);
        assertTrue(page.contains("未办理：该工单已作废，不能重新派单"), page);
        admin.postRaw("/console/reports/bulk", Map.of("action", "cancel", "number", numbers.get(0),
                "reason", "x")).then().statusCode(403);
        assertEquals("DISPATCHED", city.status(numbers.get(0)));
    }

    @Test
    void bulkCancelIsStreetStaffsAndEachReportSaysWhy() {
        String number = city.report("重复上报的");
        ConsoleSession leader = ConsoleSession.login(city.leaderLogin, Staff.LEADER_PASSWORD);
        String page = leader.post("/console/reports/bulk", Map.of("action", "cancel", "number", number,
                "reason", "重复")).then().statusCode(200).extract().asString();
        assertTrue(page.contains("未办理：您无权作废该工单"), page);
        assertEquals("RECEIVED", city.status(number));
        admin.post("/console/reports/bulk", Map.of("action", "cancel", "number", number, "reason", "重复"))
                .then().statusCode(200).body(containsString("已完成"));
        assertEquals("CANCELLED", city.status(number));
    }

    @Test
    void deadLettersAreListedMaskedAndEscapedAndOneIsRetried() {
        String body = "{\"touser\":\"o_console_dead\",\"msgtype\":\"text\",\"text\":{\"content\":"
                + "\"请<b>今天</b>回电 13812345678\"}}";
        long id = db.rows("INSERT INTO outbox_message (openid, kind, body, source, status, attempts, last_errcode, "
                + "last_error) VALUES ('o_console_dead', 'CUSTOM', $1::text::jsonb, 'test', 'DEAD', 3, 40003, "
                + "'invalid openid') RETURNING id", body).get(0).getLong("id");
        String page = admin.get("/console/dead-letters").then().statusCode(200).extract().asString();
        assertTrue(page.contains("请&lt;b&gt;今天&lt;/b&gt;回电 138****5678"), page);
        assertTrue(page.contains("/console/dead-letters/" + id + "/retry"), page);
        admin.post("/console/dead-letters/" + id + "/retry", Map.of()).then().statusCode(303)
                .header("Location", endsWith("/console/dead-letters?done=one"));
        assertNotEquals("DEAD", db.rows("SELECT status FROM outbox_message WHERE id = $1", id).get(0)
                .getString("status"));
        admin.post("/console/dead-letters/999999999/retry", Map.of()).then().statusCode(404)
                .body(containsString("没有这条投递失败的消息"));
    }
}
