package org.gridline.report.workorder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.gridline.report.ReportNumbers;
import org.gridline.testing.PlatformStubResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.gridline.testing.Staff.asAdmin;
import static org.gridline.testing.Staff.asLeaderOf;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/** The staff actions (派单, 改派, 作废) and the report as the console reads it. */
@QuarkusTest
@QuarkusTestResource(value = PlatformStubResource.class, restrictToAnnotatedClass = true)
class WorkOrderApiTest extends TownTest {
    @Test
    void theReportShowsAssigneeDeadlineAndTimeline() {
        String number = town.file(resident());
        asLeaderOf(town.grid).get("/api/reports/" + number).then().statusCode(200)
                .body("status", is("DISPATCHED")).body("assignee", is(town.worker1))
                .body("deadline", notNullValue()).body("department", is("ZJJ"))
                .body("timeline.action", is(List.of("RECEIVED", "DISPATCH")))
                .body("timeline[1].actor", is("system")).body("timeline[1].note", is("派给网格员甲"));
    }

    @Test
    void cancelNeedsStreetStaffAndAReasonAndTellsTheResident() {
        String resident = resident();
        String number = town.file(resident);
        asLeaderOf(town.grid).body(Map.of("reason", "重复上报")).post("/api/reports/" + number + "/cancel")
                .then().statusCode(403).body("code", is("forbidden-for-role"));
        asAdmin().body(Map.of("reason", " ")).post("/api/reports/" + number + "/cancel").then().statusCode(400);
        asAdmin().body(Map.of("reason", "与 R2026010100001 重复")).post("/api/reports/" + number + "/cancel")
                .then().statusCode(200).body("status", is("CANCELLED"))
                .body("timeline[-1].action", is("CANCEL")).body("timeline[-1].actor", is("admin"));
        assertTrue(town.awaitText(resident, "已作废").contains("原因：与 R2026010100001 重复"));
        asAdmin().body(Map.of("reason", "again")).post("/api/reports/" + number + "/cancel")
                .then().statusCode(409).body("message", is("该工单已作废，不能作废"));
        assertTrue(town.say(town.worker1, "接单 " + number).contains("已作废，不能签收"));
    }

    @Test
    void reassignMovesALiveOrderToAnotherWorkerWhoIsNotified() {
        String number = town.file(resident());
        town.say(town.worker1, "接单 " + number);
        asLeaderOf(town.grid).body(Map.of("reason", "甲休假")).post("/api/reports/" + number + "/reassign")
                .then().statusCode(200).body("status", is("DISPATCHED")).body("assignee", is(town.worker2));
        assertTrue(town.awaitText(town.worker2, "新工单 " + number).contains("改派：甲休假"));
        assertTrue(town.awaitText(town.worker1, "已改派给网格员乙").contains("原因：甲休假"));
        asLeaderOf(town.grid).body(Map.of("assignee", town.worker2, "reason", "x"))
                .post("/api/reports/" + number + "/reassign").then().statusCode(409).body("code", is("same-assignee"));
        asLeaderOf(town.grid).body(Map.of("assignee", "o_nobody", "reason", "x"))
                .post("/api/reports/" + number + "/reassign").then().statusCode(400).body("code", is("not-a-worker"));
        asAdmin().body(Map.of()).post("/api/reports/" + number + "/reassign").then().statusCode(400);
        Town other = new Town(db, platform, clock);
        asLeaderOf(other.grid).body(Map.of("reason", "x")).post("/api/reports/" + number + "/reassign")
                .then().statusCode(403);
        asAdmin().body(Map.of("reason", "x")).post("/api/reports/R2000010100001/reassign").then().statusCode(404);
    }

    @Test
    void aReportWithoutAGridWaitsInTheStreetQueueUntilStaffDispatchIt() {
        String resident = resident();
        town.say(resident, "路灯坏了，晚上黑漆漆的");
        String answer = town.pinAt(resident, 10.0 + Math.random() * 5, 100.0 + Math.random() * 5);
        if (answer.contains("联系电话")) {
            answer = town.say(resident, "跳过");
        }
        assertTrue(answer.contains("请核对"), "a pin outside every grid is still a place: " + answer);
        String filed = town.say(resident, "确认");
        assertTrue(filed.contains("等待街道派单"), filed);
        String number = ReportNumbers.firstIn(filed).orElseThrow(() -> new AssertionError(filed));
        asAdmin().get("/api/reports/" + number).then().statusCode(200).body("status", is("RECEIVED"))
                .body("assignee", nullValue()).body("timeline[-1].action", is("QUEUED"));
        asAdmin().body(Map.of()).post("/api/reports/" + number + "/dispatch").then().statusCode(400)
                .body("code", is("grid-required"));
        asAdmin().body(Map.of("grid", town.grid, "note", "按地址归属")).post("/api/reports/" + number + "/dispatch")
                .then().statusCode(200).body("status", is("DISPATCHED")).body("grid", is(town.grid))
                .body("assignee", is(town.worker1));
        town.awaitText(town.worker1, "新工单 " + number);
        town.awaitText(resident, "已派单：测试网格 " + town.grid);
    }

}
