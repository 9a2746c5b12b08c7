package org.gridline.report;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.gridline.testing.CityFixtures;
import org.gridline.testing.Db;
import org.gridline.testing.MutableClock;
import org.gridline.testing.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.Matchers.*;

/**
 * {@code GET /api/stats} over a known fixture in November 2001 (a year only this test files reports in; it clears it
 * first), with the clock fixed at 2001-11-29 12:00 Beijing time.
 */
@QuarkusTest
class StatsApiTest {
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final double EPS = 1e-9;

    /** Rates read as doubles (RestAssured's default is float). */
    private static final RestAssuredConfig DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.DOUBLE));

    @Inject
    Pool pool;
    Db db;
    String grid;
    String empty;

    /*
     * Grid G, filed in November 2001 (Beijing time), as they stand at 11-29 12:00:
     * #  status      filed        deadline  resolved     hours  on time  rating  note
     * 1  CLOSED      11-02        11-03     11-02 10:00   10    yes      满意
     * 2  CLOSED      11-03        11-04     11-04 06:00   30    no       基本满意
     * 3  REOPENED    11-05        12-05     (11-05 04:00) -     -        不满意   open again, not yet due
     * 4  CLOSED      11-06        11-08     11-07         24    yes      -       closed unrated
     * 5  RESOLVED    11-10        11-11     11-10 20:00   20    yes      -       waiting for the rating
     * 6  DISPATCHED  11-20        11-21     -                                    open, overdue
     * 7  ACCEPTED    11-29        11-30     -                                    open, not yet due
     * 8  CANCELLED   11-25        11-26     -                                    out of every figure
     * 9  RECEIVED    11-01 00:00  -         -                                    no deadline yet: not overdue
     * 10 SUSPENDED   11-12        11-14     -                                    suspended 11-13, before its deadline
     * 11 SUSPENDED   11-16        11-17     -                                    suspended 11-18, already overdue
     * 12 RECEIVED    10-31 23:59, 13 RECEIVED 12-01 00:00: outside the window
     *
     * received 10 (1-7, 9-11), resolved 4 {1,2,4,5}: 0.4; on time {1,4,5} ÷ (4 + overdue {6,11}) = 3/6;
     * rated 3 {1,2,3}: (1 满意 + 1 基本满意) / 3; hours 10, 20, 24, 30: median 22; cancelled 1.
     * Without a grid: N, RECEIVED 11-10, deadline 11-11: overdue (in overall only).
     */
    @BeforeEach
    void fixture() {
        db = new Db(pool);
        // the test database outlives runs: the last run's fixture goes, with whatever a run hung on its reports
        String earlier = "SELECT id FROM report WHERE created_at >= '2001-01-01T00:00+08' AND created_at < "
                + "'2002-01-01T00:00+08'";
        for (String dependent : List.of("report_event", "report_follower", "department_order")) {
            db.rows("DELETE FROM " + dependent + " WHERE report_id IN (" + earlier + ")");
        }
        db.rows("DELETE FROM report WHERE id IN (" + earlier + ")");
        grid = CityFixtures.newGrid("sg", 1.2);
        empty = CityFixtures.newGrid("se", 1.21);
        Staff.leaderToken(grid); // tokens are issued by the real clock, before it is fixed
        Staff.adminToken();
        report(grid, "CLOSED", "11-02T00:00", "11-03T00:00", "11-02T10:00", null, "SATISFIED");
        report(grid, "CLOSED", "11-03T00:00", "11-04T00:00", "11-04T06:00", null, "BASIC");
        report(grid, "REOPENED", "11-05T00:00", "12-05T00:00", "11-05T04:00", null, "UNSATISFIED");
        report(grid, "CLOSED", "11-06T00:00", "11-08T00:00", "11-07T00:00", null, null);
        report(grid, "RESOLVED", "11-10T00:00", "11-11T00:00", "11-10T20:00", null, null);
        report(grid, "DISPATCHED", "11-20T00:00", "11-21T00:00", null, null, null);
        report(grid, "ACCEPTED", "11-29T00:00", "11-30T00:00", null, null, null);
        report(grid, "CANCELLED", "11-25T00:00", "11-26T00:00", null, null, null);
        report(grid, "RECEIVED", "11-01T00:00", null, null, null, null);
        report(grid, "SUSPENDED", "11-12T00:00", "11-14T00:00", null, "11-13T00:00", null);
        report(grid, "SUSPENDED", "11-16T00:00", "11-17T00:00", null, "11-18T00:00", null);
        report(grid, "RECEIVED", "10-31T23:59", "11-01T23:59", null, null, null);
        report(grid, "RECEIVED", "12-01T00:00", "12-02T00:00", null, null, null);
        report(null, "RECEIVED", "11-10T00:00", "11-11T00:00", null, null, null);
        QuarkusMock.installMockForType(new MutableClock(at("11-29T12:00").toInstant()), Clock.class);
    }

    @Test
    void theGridsFiguresAreTheHandComputedOnes() {
        var body = stats(Staff.asAdmin(), "grid", grid, "from", "2001-11-01", "to", "2001-11-30").statusCode(200)
                .body("from", is("2001-11-01")).body("to", is("2001-11-30"))
                .body("grids.size()", is(1)).body("grids[0].grid", is(grid))
                .body("grids[0].gridName", is("测试网格 " + grid)).body("withoutGrid", nullValue());
        assertGridFigures(body, "overall");
        assertGridFigures(body, "grids[0].kpis");
    }

    @Test
    void anAdminSeesEveryGridAndReportsWithoutAGridInOverallAndTheirOwnRow() {
        var body = stats(Staff.asAdmin(), "from", "2001-11-01", "to", "2001-11-30").statusCode(200)
                .body("overall.received", is(11)).body("overall.resolved", is(4))
                .body("overall.resolutionRate", closeTo(4.0 / 11, EPS))
                .body("overall.onTimeRate", closeTo(3.0 / 7, EPS)).body("overall.openOverdue", is(3))
                .body("overall.ratedCount", is(3)).body("overall.satisfactionRate", closeTo(2.0 / 3, EPS))
                .body("overall.medianHoursToResolve", closeTo(22.0, EPS)).body("overall.cancelled", is(1))
                .body("grids.findAll { it.grid == null }", empty())
                .body("withoutGrid.received", is(1)).body("withoutGrid.openOverdue", is(1))
                .body("withoutGrid.resolved", is(0))
                .body("grids.find { it.grid == '" + empty + "' }.kpis.received", is(0));
        assertGridFigures(body, "grids.find { it.grid == '" + grid + "' }.kpis");
    }

    @Test
    void aGridWithoutReportsHasZeroCountsAndNoRates() {
        stats(Staff.asAdmin(), "grid", empty, "from", "2001-11-01", "to", "2001-11-30").statusCode(200)
                .body("overall.received", is(0)).body("overall.openOverdue", is(0)).body("overall.cancelled", is(0))
                .body("overall.resolutionRate", nullValue()).body("overall.onTimeRate", nullValue())
                .body("overall.satisfactionRate", nullValue()).body("overall.medianHoursToResolve", nullValue())
                .body("grids[0].grid", is(empty)).body("grids[0].kpis.received", is(0));
    }

    @Test
    void aLeaderSeesTheirOwnGridOnly() {
        var body = stats(Staff.asLeaderOf(grid), "from", "2001-11-01", "to", "2001-11-30").statusCode(200)
                .body("grids.size()", is(1)).body("grids[0].grid", is(grid)).body("withoutGrid", nullValue());
        assertGridFigures(body, "overall");
        stats(Staff.asLeaderOf(grid), "grid", empty).statusCode(403).body("code", is("not-your-grid"));
    }

    @Test
    void withoutDatesTheLast30DaysUpToTodayAreCounted() {
        stats(Staff.asAdmin(), "grid", grid).statusCode(200)
                .body("from", is("2001-10-31")).body("to", is("2001-11-29"))
                .body("asOf", startsWith("2001-11-29T04:00:00"))
                .body("overall.received", is(11)); // the ten of November up to 11-29, and #12 (10-31 23:59)
        stats(Staff.asAdmin(), "grid", grid, "to", "2001-11-10").body("from", is("2001-10-12"))
                .body("to", is("2001-11-10"));
    }

    @Test
    void badRangesBadDatesAndUnknownGridsAreRefused() {
        stats(Staff.asAdmin(), "from", "2001-11-30", "to", "2001-11-01").statusCode(400)
                .body("code", is("invalid-range"));
        stats(Staff.asAdmin(), "from", "2000-01-01", "to", "2001-01-01").statusCode(400)
                .body("code", is("range-too-long"));
        stats(Staff.asAdmin(), "grid", grid, "from", "2000-01-01", "to", "2000-12-31").statusCode(200); // 366 days
        stats(Staff.asAdmin(), "from", "2001-13-01").statusCode(400).body("code", is("invalid-date"));
        stats(Staff.asAdmin(), "grid", "no-such-grid").statusCode(404).body("code", is("unknown-grid"));
    }

    /** The same fixture through the report list: assignee, deadline and the overdue flag, and the overdue filter. */
    @Test
    void theReportListShowsAssigneeDeadlineAndOverdueAndFiltersByIt() {
        db.rows("UPDATE report SET assignee = 'o_stats_worker' WHERE grid_code = $1 AND status = 'DISPATCHED'", grid);
        // overdue at 11-29 12:00: #6 (DISPATCHED, due 11-21), #11 (suspended after its deadline), #12 (due 11-01)
        String deadline = reports(Staff.asAdmin(), "grid", grid, "overdue", "true").statusCode(200).body("total", is(3))
                .body("items.status", containsInAnyOrder("DISPATCHED", "SUSPENDED", "RECEIVED"))
                .body("items.overdue", everyItem(is(true)))
                .body("items.find { it.status == 'DISPATCHED' }.assignee", is("o_stats_worker"))
                .extract().path("items.find { it.status == 'DISPATCHED' }.deadline");
        org.junit.jupiter.api.Assertions.assertEquals(at("11-21T00:00").toInstant(),
                OffsetDateTime.parse(deadline).toInstant());
        reports(Staff.asAdmin(), "grid", grid, "overdue", "false").statusCode(200).body("total", is(10))
                .body("items.overdue", everyItem(is(false)));
        reports(Staff.asAdmin(), "grid", grid, "status", "SUSPENDED").statusCode(200).body("total", is(2))
                .body("items.overdue", containsInAnyOrder(true, false));
        reports(Staff.asLeaderOf(grid), "overdue", "true").statusCode(200).body("total", is(3));
        reports(Staff.asAdmin(), "grid", grid, "status", "OVERDUE").statusCode(400).body("code", is("invalid-status"))
                .body("message", containsString("RECEIVED")).body("message", containsString("overdue=true"));
    }

    private static ValidatableResponse reports(RequestSpecification as, String... query) {
        for (int i = 0; i < query.length; i += 2) {
            as.queryParam(query[i], query[i + 1]);
        }
        return as.queryParam("size", 100).get("/api/reports").then();
    }

    /** {@code GET /api/stats} as that caller, with the query given as name, value, name, value … */
    private static ValidatableResponse stats(RequestSpecification as, String... query) {
        for (int i = 0; i < query.length; i += 2) {
            as.queryParam(query[i], query[i + 1]);
        }
        return as.config(DOUBLES).get("/api/stats").then();
    }

    private static void assertGridFigures(ValidatableResponse body, String path) {
        body.body(path + ".received", is(10)).body(path + ".resolved", is(4))
                .body(path + ".resolutionRate", closeTo(0.4, EPS)).body(path + ".onTimeRate", closeTo(0.5, EPS))
                .body(path + ".satisfactionRate", closeTo(2.0 / 3, EPS)).body(path + ".ratedCount", is(3))
                .body(path + ".medianHoursToResolve", closeTo(22.0, EPS)).body(path + ".openOverdue", is(2))
                .body(path + ".cancelled", is(1));
    }

    private void report(String gridCode, String status, String filed, String deadline, String resolved,
                        String suspended, String rating) {
        String number = String.format("R2001%09d", SEQ.incrementAndGet());
        db.rows("""
                INSERT INTO report (number, reporter, category_code, level, description, status, grid_code,
                    created_at, updated_at, clock_started_at, deadline, resolved_at, suspended_at, rating)
                VALUES ($1, 'o_stats', 'ENV', 1, '统计测试', $2, $3, $4, $4, $4, $5, $6, $7, $8)""",
                number, status, gridCode, at(filed), at(deadline), at(resolved), at(suspended), rating);
    }

    private static OffsetDateTime at(String monthDayTime) {
        return monthDayTime == null ? null : LocalDateTime.parse("2001-" + monthDayTime).atOffset(BEIJING);
    }
}
