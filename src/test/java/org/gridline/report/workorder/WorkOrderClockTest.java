package org.gridline.report.workorder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import org.gridline.platform.SafeContext;
import org.gridline.testing.PlatformStubResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.gridline.report.workorder.Town.last4;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The clock-driven side under a fast clock: 催办 / 督办 / 上报 at 75 / 100 / 150 % exactly once (also with several
 * checkers racing, as several instances would), the rating window, and grid-issued orders a department does not
 * acknowledge. The checks are run by hand ({@code %test} schedules them hourly).
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformStubResource.class, restrictToAnnotatedClass = true)
class WorkOrderClockTest extends TownTest {
    @Inject
    WorkOrderChecks checks;
    @Inject
    Vertx vertx;

    /**
     * This class moves the clock days ahead, and every open report the classes before it left in the shared test
     * database would escalate at that moment (72–84 steps in a full run): their notices to the shared demo contacts
     * then reached the platform stub after this class's waits. They are set aside first, so only this class's own
     * reports are on the clock.
     */
    @BeforeEach
    void otherClassesOpenReportsAreSetAside() {
        db.rows("UPDATE report SET status = 'CANCELLED' WHERE status NOT IN ('RESOLVED', 'CLOSED', 'CANCELLED')");
    }

    @Test
    void reminderSupervisionAndEscalationEachFireOnceAtTheirShareOfTheTime() {
        String number = town.file(resident());
        OffsetDateTime filed = at(number, "clock_started_at");
        Duration allowed = Duration.between(filed, at(number, "deadline"));
        assertEquals(Duration.ofHours(72), allowed);

        moveTo(filed, allowed.multipliedBy(3).dividedBy(4).minusMinutes(1));
        assertEquals(0, run().steps(), "not yet at 75 %");
        moveTo(filed, allowed.multipliedBy(3).dividedBy(4));
        run();
        assertTrue(town.awaitText(town.worker1, "催办：工单 " + number).contains("已用去四分之三"));
        assertEquals(List.of("REMINDER"), steps(number));
        run();
        assertEquals(List.of("REMINDER"), steps(number), "a second run fires nothing again");

        moveTo(filed, allowed);
        run();
        assertTrue(town.awaitText(town.leader, "督办：工单 " + number).contains("处理人：网格员甲"));
        moveTo(filed, allowed.multipliedBy(3).dividedBy(2));
        run();
        town.awaitText(town.duty, "上报：工单 " + number);
        town.awaitText("o_demo_dept_zjj", "上报：工单 " + number);
        run();
        assertEquals(List.of("REMINDER", "SUPERVISION", "ESCALATION"), steps(number));
        assertEquals(1, town.texts(town.leader, 0).stream().filter(t -> t.contains("督办：工单 " + number)).count());
        assertEquals(1, town.texts(town.duty, 0).stream().filter(t -> t.contains("上报：工单 " + number)).count());
    }

    @Test
    void checkersRacingLikeSeveralInstancesStillFireEachStepOnceAndALateOneCatchesUp() {
        String number = town.file(resident());
        OffsetDateTime filed = at(number, "clock_started_at");
        moveTo(filed, Duration.ofHours(200));
        List<Checked> results = Uni.join().all(IntStream.range(0, 4)
                .mapToObj(i -> SafeContext.run(vertx, checks::runOnce).map(c -> new Checked(c.steps()))).toList())
                .andFailFast().await().atMost(Duration.ofSeconds(30));
        List<String> steps = steps(number);
        assertEquals(List.of("REMINDER", "SUPERVISION", "ESCALATION"), steps, "all three, once each");
        assertTrue(results.stream().mapToInt(Checked::steps).sum() >= 3);
        town.awaitText(town.worker1, "催办：工单 " + number);
        town.awaitText(town.duty, "上报：工单 " + number);
        assertEquals(1, town.texts(town.worker1, 0).stream().filter(t -> t.contains("催办：工单 " + number)).count());
    }

    private record Checked(int steps) {
    }

    @Test
    void aSuspendedOrderDoesNotEscalate() {
        String number = town.file(resident());
        town.say(town.worker1, "接单 " + last4(number));
        town.say(town.worker1, "挂起 " + last4(number) + " 等配件");
        moveTo(at(number, "clock_started_at"), Duration.ofHours(200));
        run();
        assertEquals(List.of(), steps(number));
    }

    @Test
    void anUnratedReportClosesWhenTheRatingWindowEnds() {
        String resident = resident();
        String number = town.file(resident);
        town.say(town.worker1, "接单 " + last4(number));
        town.say(town.worker1, "办结 " + last4(number) + " 好了");
        clock.advance(Duration.ofDays(3).minusMinutes(1));
        run();
        assertEquals("RESOLVED", text(number, "status"));
        clock.advance(Duration.ofMinutes(1));
        assertEquals(1, run().closedUnrated() >= 1 ? 1 : 0);
        assertEquals("CLOSED", text(number, "status"));
        assertNull(db.rows("SELECT rating FROM report WHERE number = $1", number).get(0).getValue("rating"));
        assertTrue(town.say(resident, "满意").contains("没有待评价的工单"));
        assertEquals("CLOSE_UNRATED", lastAction(number));
    }

    @Test
    void aDepartmentAcknowledgesAGridIssuedOrderOrItGoesToTheStreetOnce() {
        String number = town.file(resident());
        String code = "T" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase() + "X";
        String contact = "o_dept_" + code.toLowerCase();
        db.rows("INSERT INTO department (code, name, contact_openids) VALUES ($1, '测试局', ARRAY[$2])", code, contact);

        assertEquals("只有本网格的网格长可以发令", town.say(town.worker1, "发令 " + last4(number) + " " + code + " 请处理"));
        assertTrue(town.say(town.leader, "发令 " + last4(number) + " " + code).startsWith("发令须写明要求"));
        String ordered = town.say(town.leader, "发令 " + last4(number) + " " + code + " 请今日修复路灯线路");
        assertTrue(ordered.contains("已向测试局发令") && ordered.contains("已通知 1 位联系人"), ordered);
        String notice = town.awaitText(contact, "基层发令");
        assertTrue(notice.contains("要求：请今日修复路灯线路") && notice.contains("签收 " + number), notice);
        assertTrue(town.say(contact, "签收 " + number).contains("测试局已签收工单 " + number));
        assertEquals("ORDER_ACKNOWLEDGED", lastAction(number));
        assertEquals("DISPATCHED", text(number, "status"), "the worker's order is untouched");

        town.say(town.leader, "发令 " + number + " " + code + " 再派人复查");
        clock.advance(Duration.ofHours(4));
        run();
        town.awaitText(town.duty, "向测试局发出的工单 " + number + " 发令逾期未签收");
        run();
        assertEquals(1, town.texts(town.duty, 0).stream().filter(t -> t.contains("发令逾期未签收")).count());
        assertEquals("ORDER_OVERDUE", lastAction(number));
    }

    // ---- helpers ----

    private WorkOrderChecks.Checked run() {
        return SafeContext.run(vertx, checks::runOnce).await().atMost(Duration.ofSeconds(30));
    }

    private void moveTo(OffsetDateTime start, Duration after) {
        Instant target = start.toInstant().plus(after);
        clock.advance(Duration.between(clock.instant(), target));
    }

    private OffsetDateTime at(String number, String column) {
        return db.rows("SELECT " + column + " FROM report WHERE number = $1", number).get(0).getOffsetDateTime(column);
    }

    private String text(String number, String column) {
        return db.rows("SELECT " + column + " FROM report WHERE number = $1", number).get(0).getString(column);
    }

    private List<String> steps(String number) {
        return db.rows("SELECT e.action FROM report_event e JOIN report r ON r.id = e.report_id WHERE r.number = $1 "
                        + "AND e.action IN ('REMINDER', 'SUPERVISION', 'ESCALATION') ORDER BY e.at, e.id", number)
                .stream().map(r -> r.getString("action")).toList();
    }

    private String lastAction(String number) {
        return db.rows("SELECT e.action FROM report_event e JOIN report r ON r.id = e.report_id WHERE r.number = $1 "
                + "ORDER BY e.at DESC, e.id DESC LIMIT 1", number).get(0).getString("action");
    }

}
