package org.gridline.report.workorder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.mutiny.sqlclient.Row;
import org.gridline.testing.PlatformStubResource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.gridline.testing.Staff.asAdmin;
import static org.gridline.testing.Staff.asLeaderOf;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code /console/reports/export.csv}: the queue's filter as a CSV file (BOM, header, one line per report, a
 * resident's formula neutralised), a LEADER's own grid only, anonymous refused, and every export in the audit log with
 * its row count. Reports are written straight into the table, in the town's fresh grid.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformStubResource.class, restrictToAnnotatedClass = true)
class ExportApiTest extends TownTest {
    private static final String EXPORT = "/console/reports/export.csv";

    private String report(String grid, String description, int hoursAgo) {
        String number = "T" + ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 9_999_999_999_999L);
        Instant filed = clock.instant().minus(Duration.ofHours(hoursAgo));
        db.rows("""
                INSERT INTO report (number, reporter, category_code, level, description, grid_code, status, assignee,
                                    deadline, created_at, updated_at, clock_started_at, department_code,
                                    latitude, longitude)
                VALUES ($1, 'o_export_resident', 'FAC', 3, $2, $3, 'DISPATCHED', $4, $5, $6, $6, $6, 'ZJJ', 23.1, 113.6)
                """, number, description, grid, town.worker1, filed.plus(Duration.ofHours(72)).atOffset(ZoneOffset.UTC),
                filed.atOffset(ZoneOffset.UTC));
        return number;
    }

    private static List<String> lines(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "UTF-8 with a byte order mark");
        return List.of(text.substring(1).split("\r\n"));
    }

    @Test
    void theFileHasAHeaderAndOneLinePerReportWithFormulasNeutralised() {
        String first = report(town.grid, "路灯坏了", 30);
        String second = report(town.grid, "=HYPERLINK(\"http://evil\",\"点我\")", 2);
        var response = asAdmin().queryParam("grid", town.grid).queryParam("from", "2000-01-01").get(EXPORT);
        response.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment; filename=\"reports-"));
        List<String> lines = lines(response.asByteArray());
        assertEquals(3, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("编号,类别代码,类别,网格代码,网格,社区,街道,渠道,状态,等级,上报时间,派单时间,"),
                lines.get(0));
        assertEquals(24, lines.get(0).split(",").length);
        assertTrue(lines.get(1).startsWith(second + ",FAC,市政设施," + town.grid + ",测试网格 " + town.grid
                + ",测试社区,测试街道,chat,已派单,3,"), lines.get(1));
        assertTrue(lines.get(1).endsWith(",网格员甲,住房和城乡建设局,,23.1,113.6,\"'=HYPERLINK(\"\"http://evil\"\",\"\"点我\"\")\""),
                lines.get(1));
        assertTrue(lines.get(2).startsWith(first + ","), lines.get(2));
        List<Row> audit = db.rows("SELECT actor, role, route, detail, row_count, status FROM audit_entry"
                + " WHERE kind = 'EXPORT' ORDER BY id DESC LIMIT 1");
        assertEquals("admin", audit.get(0).getString("actor"));
        assertEquals("ADMIN", audit.get(0).getString("role"));
        assertEquals(EXPORT, audit.get(0).getString("route"));
        assertEquals("grid=" + town.grid + "&from=2000-01-01&to=" + LocalDate.ofInstant(clock.instant(),
                ZoneId.of("Asia/Shanghai")), audit.get(0).getString("detail"));
        assertEquals(2L, audit.get(0).getLong("row_count"));
        assertEquals(200, audit.get(0).getInteger("status"));
    }

    @Test
    void aLeaderExportsTheirOwnGridOnly() {
        Town other = new Town(db, platform, clock);
        String mine = report(town.grid, "我的", 1);
        report(other.grid, "别人的", 1);
        List<String> lines = lines(asLeaderOf(town.grid).get(EXPORT).then().statusCode(200).extract().asByteArray());
        assertEquals(2, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(1).startsWith(mine + ","));
        asLeaderOf(town.grid).queryParam("grid", other.grid).get(EXPORT).then().statusCode(403)
                .contentType(startsWith("text/html")).body(not(containsString(other.grid + ",")));
        asLeaderOf(town.grid).queryParam("grid", town.grid + "," + other.grid).get(EXPORT).then().statusCode(403);
    }

    @Test
    void anonymousAndBadFiltersAreRefused() {
        int anonymous = RestAssured.given().redirects().follow(false).get(EXPORT).statusCode();
        assertTrue(anonymous == 401 || anonymous == 302, "anonymous: " + anonymous);
        asAdmin().queryParam("channel", "sms").get(EXPORT).then().statusCode(400)
                .contentType(startsWith("text/html"));
    }
}
