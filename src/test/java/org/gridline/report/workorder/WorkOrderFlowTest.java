package org.gridline.report.workorder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import org.gridline.testing.PlatformStubResource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.gridline.report.workorder.Town.last4;
import static org.gridline.testing.Staff.asAdmin;
import static org.gridline.testing.Staff.asLeaderOf;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 7's "done when", through the real webhook with the platform stubbed: a report's whole life in the chat
 * (file → dispatched notice → 接单 → 办结 with photo → rating → closed), and 退回, 挂起/恢复, 不满意 → 重办, the concurrent
 * 接单, a worker of another grid refused, and the staff actions.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformStubResource.class, restrictToAnnotatedClass = true)
class WorkOrderFlowTest extends TownTest {

    @Test
    void aReportLivesItsWholeLifeInTheChat() {
        db.rows("INSERT INTO subscription (openid, template_id, remaining) VALUES ($1, 'workorder-dispatched', 1)",
                town.worker1);
        String resident = resident();
        String number = town.file(resident);
        String filed = town.texts(resident, 0).stream().filter(t -> t.contains(number)).findFirst().orElseThrow();
        assertTrue(filed.contains("已派单：测试网格 " + town.grid + "网格员网格员甲"), filed);

        // the first worker (fewest open orders, first in turn) gets a subscribe message with the order's data
        JsonObject notice = await().atMost(Duration.ofSeconds(20))
                .until(() -> town.notices(town.worker1), l -> !l.isEmpty()).get(0);
        assertEquals("workorder-dispatched", notice.getString("template_id"));
        JsonObject data = notice.getJsonObject("data");
        assertEquals(number, data.getJsonObject("character_string1").getString("value"));
        assertEquals("市政设施", data.getJsonObject("thing2").getString("value"));
        assertTrue(data.getJsonObject("time4").getString("value").matches("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}"),
                data.encode());
        assertEquals(0, town.received(town.worker2), "the other worker is not bothered");

        assertTrue(town.say(town.worker1, "接单 " + last4(number)).startsWith("✅ 已签收工单 " + number));
        assertTrue(town.awaitText(resident, "已由网格员网格员甲签收").contains(number));

        assertTrue(town.say(town.worker1, "办结 " + last4(number) + " 已更换灯泡").contains("已办结"));
        String question = town.awaitText(resident, "已办结");
        assertTrue(question.contains("处理说明：已更换灯泡") && question.contains("1 满意"), question);
        assertTrue(town.photo(town.worker1, "https://img.example/fixed.jpg").contains("照片已附到工单 " + number));
        town.awaitText(resident, "办结照片：https://img.example/fixed.jpg");

        assertTrue(town.say(resident, "满意，谢谢师傅").contains("感谢您的评价（满意）"));
        asAdmin().get("/api/reports/" + number).then().statusCode(200)
                .body("status", is("CLOSED")).body("rating", is("SATISFIED")).body("ratingComment", is("谢谢师傅"))
                .body("assignee", is(town.worker1)).body("department", is("ZJJ"))
                .body("resolutionNote", is("已更换灯泡"))
                .body("resolutionPhotos", is(List.of("https://img.example/fixed.jpg")))
                .body("timeline.action", is(List.of("RECEIVED", "DISPATCH", "ACCEPT", "RESOLVE", "PHOTO",
                        "RATE_SATISFIED")));
    }

    @Test
    void theDeadlineComesFromTheCategoryAndTheNextOrderGoesToTheLessBusyWorker() {
        String first = town.file(resident());
        Row row = db.rows("SELECT deadline, created_at, assignee FROM report WHERE number = $1", first).get(0);
        assertEquals(Duration.ofHours(72), Duration.between(row.getOffsetDateTime("created_at"),
                row.getOffsetDateTime("deadline")), "市政设施: 72 h at level 3");
        assertEquals(town.worker1, row.getString("assignee"));
        // a second report elsewhere in the grid (another category, so it is no duplicate) goes to the idle worker
        String filed = town.filingReply(resident(), "楼下垃圾堆成山没人清");
        assertTrue(filed.contains("网格员网格员乙"), filed);
        town.filed(filed);
    }

    @Test
    void tiesGoInTurnEvenWhenTheLastOrderMovedOn() {
        String first = town.file(resident());
        town.say(town.worker1, "退回 " + last4(first) + " 不归我们管");
        // both workers now hold no open order; worker 1 had the last turn, so the next one is worker 2's
        String filed = town.filingReply(resident(), "楼下垃圾堆成山没人清");
        assertTrue(filed.contains("网格员网格员乙"), filed);
        town.filed(filed);
    }

    @Test
    void returnSuspendResumeAndAnUnsatisfiedRatingReopens() {
        String resident = resident();
        String number = town.file(resident);
        String ref = last4(number);
        assertEquals("退回工单须填写原因", town.say(town.worker1, "退回 " + ref));
        assertTrue(town.say(town.worker1, "退回 " + ref + " 不是路灯是楼道灯，归物业").contains("已退回"));
        String toLeader = town.awaitText(town.leader, "被网格员甲退回");
        assertTrue(toLeader.contains("原因：不是路灯是楼道灯，归物业"), toLeader);
        assertEquals("RETURNED", status(number));

        // the leader redispatches it on the console to the second worker
        asLeaderOf(town.grid).body(Map.of("assignee", town.worker2, "note", "换人处理")).post("/api/reports/" + number
                + "/dispatch").then().statusCode(200).body("status", is("DISPATCHED"))
                .body("assignee", is(town.worker2));
        assertTrue(town.awaitText(town.worker2, "新工单 " + number).contains("重新派单"));
        town.awaitText(resident, "已派单");

        assertTrue(town.say(town.worker2, "签收 " + ref).contains("已签收"));
        assertEquals("挂起工单须填写原因", town.say(town.worker2, "挂起 " + ref));
        OffsetDateTime deadline = deadline(number);
        assertTrue(town.say(town.worker2, "挂起 " + ref + " 等灯具配件").contains("已挂起"));
        town.awaitText(resident, "暂缓处理，原因：等灯具配件");
        assertTrue(town.say(town.worker2, "办结 " + ref + " 修好了").contains("已挂起，不能办结"));
        clock.advance(Duration.ofHours(5));
        assertTrue(town.say(town.worker2, "恢复 " + ref).contains("已恢复处理"));
        assertEquals(deadline.plusHours(5).toInstant(), deadline(number).toInstant(),
                "the clock stopped while suspended");
        town.awaitText(resident, "已恢复处理");

        town.say(town.worker2, "办结 " + ref + " 修好了");
        town.awaitText(resident, "已办结");
        String reopened = town.say(resident, "不满意，灯还是一闪一闪的");
        assertTrue(reopened.contains("已重新派单给测试网格 " + town.grid), reopened);
        Row row = db.rows("SELECT status, rating, rating_comment, reopen_count, resolved_at, assignee FROM report "
                + "WHERE number = $1", number).get(0);
        assertEquals("DISPATCHED", row.getString("status"));
        assertEquals("UNSATISFIED", row.getString("rating"));
        assertEquals("灯还是一闪一闪的", row.getString("rating_comment"));
        assertEquals(1, row.getInteger("reopen_count"));
        assertNull(row.getValue("resolved_at"));
        String again = row.getString("assignee");
        assertTrue(town.awaitText(again, "重办：不满意：灯还是一闪一闪的").contains(number));
        assertEquals(List.of("RECEIVED", "DISPATCH", "RETURN", "REDISPATCH", "ACCEPT", "SUSPEND", "RESUME", "RESOLVE",
                "RATE_UNSATISFIED", "REDISPATCH"), actions(number));
    }

    @Test
    void twoWorkersTakingTheSameOrderAtOnceOneWinsAndTheOtherIsToldWho() {
        String number = town.file(resident());
        int before1 = town.received(town.worker1);
        int before2 = town.received(town.worker2);
        town.sayAsync(town.worker1, "接单 " + last4(number));
        town.sayAsync(town.worker2, "接单 " + last4(number));
        String a = await().atMost(Duration.ofSeconds(20)).until(() -> town.texts(town.worker1, before1),
                l -> !l.isEmpty()).get(0);
        String b = await().atMost(Duration.ofSeconds(20)).until(() -> town.texts(town.worker2, before2),
                l -> !l.isEmpty()).get(0);
        String winner = db.rows("SELECT assignee FROM report WHERE number = $1", number).get(0).getString("assignee");
        String won = winner.equals(town.worker1) ? a : b;
        String lost = winner.equals(town.worker1) ? b : a;
        assertTrue(won.startsWith("✅ 已签收工单"), won);
        String winnerName = winner.equals(town.worker1) ? "网格员甲" : "网格员乙";
        assertEquals("工单 " + number + " 已由" + winnerName + "签收", lost);
        assertEquals(1, actions(number).stream().filter("ACCEPT"::equals).count());
    }

    @Test
    void aWorkerOfAnotherGridIsRefusedAndNothingChanges() {
        String number = town.file(resident());
        Town other = new Town(db, platform, clock);
        assertEquals("工单 " + number + " 不属于您所在的网格，您不能处理", other.say(other.worker1, "接单 " + number));
        assertTrue(other.say(other.worker1, "办结 " + last4(number) + " 好了").contains("没有找到您可以处理的工单"));
        String volunteer = "o_" + town.grid + "_volunteer";
        db.rows("INSERT INTO grid_member (grid_code, openid, name, phone, role) VALUES ($1, $2, '志愿者', "
                + "'13800138000', 'VOLUNTEER')", town.grid, volunteer);
        assertEquals("工单 " + number + " 须由网格员处理，志愿者不能操作", town.say(volunteer, "接单 " + number),
                "a volunteer of the grid is no worker");
        assertEquals("DISPATCHED", status(number));
        assertEquals(List.of("RECEIVED", "DISPATCH"), actions(number));
        assertTrue(town.say(town.worker1, "接单 R2000010100001").contains("没有编号为 R2000010100001 的工单"));
    }

    @Test
    void myOrdersListsTheOpenOnesAndAnAnswerOf1RatesWhenARatingIsWaiting() {
        String resident = resident();
        String number = town.file(resident);
        String mine = town.say(town.worker1, "我的工单");
        assertTrue(mine.contains(number + "｜市政设施｜已派单"), mine);
        assertTrue(town.say(town.worker2, "我的工单").contains("没有未办结的工单"));
        assertEquals("请带上工单编号或尾号4位，如\"办结 0017\"，并写上处理说明。", town.say(town.worker1, "办结"));
        town.say(town.worker1, "接单 " + last4(number));
        town.say(town.worker1, "办结 " + last4(number) + " 换了灯");
        town.awaitText(resident, "已办结");
        assertTrue(town.say(resident, "2").contains("感谢您的评价（基本满意）"));
        assertEquals("CLOSED", status(number));
        assertTrue(town.say(resident, "满意").contains("没有待评价的工单"));
    }

    // ---- helpers ----

    private String status(String number) {
        return db.rows("SELECT status FROM report WHERE number = $1", number).get(0).getString("status");
    }

    private OffsetDateTime deadline(String number) {
        return db.rows("SELECT deadline FROM report WHERE number = $1", number).get(0).getOffsetDateTime("deadline");
    }
}
