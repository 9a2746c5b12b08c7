package org.gridline.report.workorder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.gridline.testing.PlatformStubResource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.gridline.testing.Staff.asAdmin;
import static org.gridline.testing.Staff.asLeaderOf;
import static org.hamcrest.Matchers.*;

/**
 * {@code GET /api/reports/queue}: the console's search over HTTP. Reports are written straight into the table (filed
 * at chosen times, in the town's fresh grid), so every filter, order and badge can be seen in one page.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformStubResource.class, restrictToAnnotatedClass = true)
class QueueApiTest extends TownTest {
    /**
     * A report of the town's grid filed {@code hoursAgo}, with {@code allowedHours} to its deadline. Its department
     * has no contacts: an old fixture escalates (上报) when the clock checks run, and a notice to a shared contact
     * left unsent when this application stops would hold back that contact's later notices in the next test class.
     */
    private String report(String grid, String category, String status, String description, int hoursAgo,
                          int allowedHours, String assignee) {
        String number = "T" + ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 9_999_999_999_999L);
        Instant filed = clock.instant().minus(Duration.ofHours(hoursAgo));
        db.rows("""
                INSERT INTO report (number, reporter, category_code, level, description, grid_code, status, assignee,
                                    deadline, created_at, updated_at, clock_started_at, department_code)
                VALUES ($1, 'o_queue_resident', $2, 3, $3, $4, $5, $6, $7, $8, $8, $8, 'QAPI')""",
                number, category, description, grid, status, assignee,
                filed.plus(Duration.ofHours(allowedHours)).atOffset(ZoneOffset.UTC), filed.atOffset(ZoneOffset.UTC));
        return number;
    }

    @Test
    void rowsCarryCategoryAssigneeNameAndTheDeadlineBadge() {
        String green = report(town.grid, "FAC", "DISPATCHED", "路灯不亮", 10, 100, town.worker1);
        String amber = report(town.grid, "ENV", "ACCEPTED", "垃圾满了", 80, 100, town.worker2);
        String red = report(town.grid, "ENV", "DISPATCHED", "垃圾又满了", 101, 100, town.worker1);
        String done = report(town.grid, "ENV", "CLOSED", "已处理", 200, 100, town.worker1);
        asAdmin().queryParam("grid", town.grid).queryParam("from", "2000-01-01").get("/api/reports/queue").then()
                .statusCode(200).body("total", is(4)).body("page", is(0)).body("size", is(20))
                .body("items.number", is(List.of(green, amber, red, done)))
                .body("items.badge", is(List.of("GREEN", "AMBER", "RED", "NONE")))
                .body("items[0].category", is("FAC")).body("items[0].categoryName", is("市政设施"))
                .body("items[0].grid", is(town.grid)).body("items[0].status", is("DISPATCHED"))
                .body("items[0].assignee", is(town.worker1)).body("items[0].assigneeName", is("网格员甲"))
                .body("items[1].assigneeName", is("网格员乙"))
                .body("items[0].createdAt", notNullValue()).body("items[0].deadline", notNullValue());
    }

    @Test
    void theDefaultRangeIsTheLastThirtyDays() {
        String recent = report(town.grid, "FAC", "RECEIVED", "路灯", 24, 72, null);
        String old = report(town.grid, "FAC", "RECEIVED", "路灯", 24 * 40, 72, null);
        asLeaderOf(town.grid).get("/api/reports/queue").then().statusCode(200)
                .body("items.number", is(List.of(recent)));
        asLeaderOf(town.grid).queryParam("from", "2000-01-01").get("/api/reports/queue").then().statusCode(200)
                .body("items.number", is(List.of(recent, old)));
    }

    @Test
    void filtersNarrowTheQueue() {
        String queued = report(town.grid, "FAC", "RECEIVED", "路灯坏了", 3, 72, null);
        String overdue = report(town.grid, "ENV", "DISPATCHED", "垃圾堆积", 50, 48, town.worker1);
        String percent = report(town.grid, "ENV", "DISPATCHED", "打折50%_的广告", 2, 48, town.worker2);
        String digits = report(town.grid, "ENV", "DISPATCHED", "打折50元的广告", 1, 48, town.worker2);
        asLeaderOf(town.grid).queryParam("status", "RECEIVED").get("/api/reports/queue").then().statusCode(200)
                .body("items.number", is(List.of(queued)));
        asLeaderOf(town.grid).queryParam("overdue", "true").get("/api/reports/queue").then()
                .body("items.number", is(List.of(overdue)));
        asLeaderOf(town.grid).queryParam("q", "50%_").get("/api/reports/queue").then()
                .body("items.number", is(List.of(percent)));
        asLeaderOf(town.grid).queryParam("q", "广告").get("/api/reports/queue").then()
                .body("items.number", is(List.of(digits, percent)));
        asLeaderOf(town.grid).queryParam("assignee", town.worker2).queryParam("category", "ENV,FAC")
                .get("/api/reports/queue").then().body("items.number", is(List.of(digits, percent)));
        asLeaderOf(town.grid).queryParam("category", "FAC").queryParam("department", "QAPI")
                .queryParam("channel", "chat").get("/api/reports/queue").then()
                .body("items.number", is(List.of(queued)));
        asLeaderOf(town.grid).queryParam("sort", "deadline").get("/api/reports/queue").then()
                .body("items.number", is(List.of(overdue, percent, digits, queued)));
        asLeaderOf(town.grid).queryParam("sort", "left").queryParam("order", "desc").queryParam("size", "2")
                .queryParam("page", "1").get("/api/reports/queue").then().body("total", is(4))
                .body("items.number", is(List.of(percent, overdue)));
    }

    @Test
    void aLeaderSeesOnlyTheirGridAndNamingAnotherIsRefused() {
        Town other = new Town(db, platform, clock);
        String mine = report(town.grid, "FAC", "RECEIVED", "路灯", 1, 72, null);
        String theirs = report(other.grid, "FAC", "RECEIVED", "路灯", 1, 72, null);
        asLeaderOf(town.grid).get("/api/reports/queue").then().statusCode(200)
                .body("items.number", is(List.of(mine)));
        asLeaderOf(town.grid).queryParam("grid", other.grid).get("/api/reports/queue").then().statusCode(403)
                .contentType("application/problem+json").body("code", is("not-your-grid"));
        asAdmin().queryParam("grid", town.grid + "," + other.grid).get("/api/reports/queue").then()
                .body("items.number", is(List.of(theirs, mine)));
    }

    @Test
    void badParametersAreProblems() {
        asAdmin().queryParam("channel", "sms").get("/api/reports/queue").then().statusCode(400)
                .contentType("application/problem+json").body("code", is("invalid-channel"));
        asAdmin().queryParam("category", "NOPE").get("/api/reports/queue").then().statusCode(400)
                .body("code", is("unknown-category"));
        asAdmin().queryParam("from", "2026-02-30").get("/api/reports/queue").then().statusCode(400)
                .body("code", is("invalid-date"));
        asAdmin().queryParam("size", "500").get("/api/reports/queue").then().statusCode(400)
                .body("code", is("invalid-size"));
    }
}
