package org.gridline.report.workorder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Row;
import org.gridline.report.ReportNumbers;
import org.gridline.testing.PlatformStubResource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 12, item 1, through the real webhook with the platform stubbed: an emergency is filed at level 1 and
 * dispatched with its first message (the worker and the grid's leader hear of it, marked 紧急), before any question;
 * the place and phone given afterwards are added to the filed report, and the replies say only what happened.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformStubResource.class, restrictToAnnotatedClass = true)
class EmergencyFilingTest extends TownTest {
    private static final String DEMO_LEADER = "o_demo_leader_g1";

    @Test
    void anEmergencyWithItsPlaceIsFiledAndDispatchedBeforeAnyQuestion() {
        String resident = resident();
        String first = town.say(resident, "闻到很浓的煤气味，幸福小区2栋");
        assertTrue(first.startsWith("⚠️") && first.indexOf("119") < first.indexOf("已按紧急事件登记"), first);
        String number = number(first);
        Row row = report(number);
        assertEquals(1, row.getInteger("level"));
        assertTrue(row.getBoolean("emergency"));
        assertEquals("SAF", row.getString("category_code"));
        assertEquals("CS-01", row.getString("grid_code"));
        assertEquals("DISPATCHED", row.getString("status"), "dispatched before any 确认");
        String worker = row.getString("assignee");
        assertTrue(worker.startsWith("o_demo_worker_g1"), worker);
        assertTrue(first.contains("已派给昌盛社区第一网格网格员") && first.contains("并同时通知了网格长"), first);
        assertTrue(first.contains("联系电话"), "then the phone is asked: " + first);

        assertTrue(awaitNotice(worker, number).contains("紧急"));
        assertTrue(awaitNotice(DEMO_LEADER, number).contains("紧急"));
        assertEquals(List.of("RECEIVED", "DISPATCH"), actions(number));
        assertEquals("紧急上报", db.rows("SELECT e.note FROM report_event e JOIN report r ON r.id = e.report_id "
                + "WHERE r.number = $1 AND e.action = 'RECEIVED'", number).get(0).getString("note"));

        String done = town.say(resident, "跳过");
        assertTrue(done.contains("紧急事件 " + number + " 已登记") && !done.contains("请核对"), done);
        assertEquals(0, db.count("SELECT count(*) FROM conversation WHERE openid = $1", resident));
        assertEquals(1, db.count("SELECT count(*) FROM report WHERE reporter = $1", resident), "filed once");
    }

    @Test
    void withoutAPlaceItIsFiledAtOnceAndThePlaceAndPhoneGivenAfterAreAddedToIt() {
        String resident = resident();
        String first = town.say(resident, "闻到很浓的煤气味");
        String number = number(first);
        assertTrue(first.contains("还不知道具体位置") && first.contains("待派单队列") && first.contains("问题在哪里"), first);
        assertFalse(first.contains("网格员会") || first.contains("马上跟进"), "no promise nobody keeps: " + first);
        Row row = report(number);
        assertEquals("RECEIVED", row.getString("status"));
        assertNull(row.getString("grid_code"));
        assertEquals(1, row.getInteger("level"));

        String located = town.pin(resident);
        assertTrue(located.contains("已把位置补充到紧急事件 " + number), located);
        assertTrue(located.contains("已派给测试网格 " + town.grid + "网格员网格员甲，并同时通知了网格长"), located);
        assertTrue(located.contains("联系电话"), located);
        row = report(number);
        assertEquals(town.grid, row.getString("grid_code"));
        assertEquals("DISPATCHED", row.getString("status"));
        assertEquals(town.worker1, row.getString("assignee"));
        assertEquals("测试路口", row.getString("address"));
        assertTrue(town.awaitText(town.worker1, "紧急工单 " + number).contains("地点：测试路口"));
        assertTrue(town.awaitText(town.leader, "紧急工单 " + number).contains("网格员甲"));

        String phoned = town.say(resident, "13912345678");
        assertTrue(phoned.contains("已把联系电话补充到紧急事件 " + number) && phoned.contains("已转告网格员网格员甲"),
                phoned);
        assertTrue(phoned.contains("紧急事件 " + number + " 已登记。"), phoned);
        assertEquals("13912345678", report(number).getString("contact_phone"));
        assertTrue(town.awaitText(town.worker1, "补充联系电话").contains("居民电话：13912345678"));
        assertEquals(List.of("RECEIVED", "QUEUED", "SUPPLEMENT", "DISPATCH", "SUPPLEMENT"), actions(number));
        assertEquals(0, db.count("SELECT count(*) FROM conversation WHERE openid = $1", resident));
    }

    @Test
    void aPhotoSentAfterTheFilingIsAddedToTheReport() {
        String resident = resident();
        String number = number(town.say(resident, "着火了，好大的烟"));
        String reply = town.photo(resident, "https://img.example/smoke.jpg");
        assertTrue(reply.contains("已把照片补充到紧急事件 " + number) && reply.contains("问题在哪里"), reply);
        assertTrue(report(number).getString("photos").contains("smoke.jpg"));
        assertTrue(town.say(resident, "取消").contains("位置仍未确定"), "the report stays filed");
        assertEquals("RECEIVED", report(number).getString("status"));
    }

    private Row report(String number) {
        return db.rows("SELECT level, emergency, category_code, grid_code, status, assignee, address, contact_phone, "
                + "photos::text AS photos FROM report WHERE number = $1", number).get(0);
    }

    private String awaitNotice(String openid, String number) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> platform.receivedBy(openid).stream()
                .map(r -> r.body().encode()).filter(b -> b.contains(number)).findFirst(),
                java.util.Optional::isPresent).get();
    }

    private static String number(String reply) {
        return ReportNumbers.firstIn(reply).orElseThrow(() -> new AssertionError("a report number in: " + reply));
    }
}
