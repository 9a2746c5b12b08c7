package org.gridline.report.workorder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.gridline.testing.PlatformStubResource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.gridline.testing.Staff.asAdmin;
import static org.gridline.testing.Staff.asLeaderOf;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/** 改类 through the API: the new category's deadline, level and department, the timeline, who may and when. */
@QuarkusTest
@QuarkusTestResource(value = PlatformStubResource.class, restrictToAnnotatedClass = true)
class ReclassifyApiTest extends TownTest {
    @Test
    void theDeadlineLevelAndDepartmentFollowTheNewCategory() {
        String number = town.file(resident());
        assertEquals("FAC", column(number, "category_code"));
        asLeaderOf(town.grid).body(Map.of("category", "SAF", "reason", "电线裸露，有触电危险"))
                .post("/api/reports/" + number + "/reclassify").then().statusCode(200)
                .body("category", is("SAF")).body("categoryName", is("安全隐患")).body("level", is(2))
                .body("department", is("XF")).body("status", is("DISPATCHED")).body("assignee", is(town.worker1))
                .body("timeline[-1].action", is("RECLASSIFY"))
                .body("timeline[-1].actor", is("leader-" + town.grid.toLowerCase()))
                .body("timeline[-1].note", allOf(startsWith("改类：市政设施（FAC）→ 安全隐患（SAF），处理时限 "),
                        endsWith("；原因：电线裸露，有触电危险")));
        // 24 h at level 2 (× 0.5) from filing, instead of 72 h
        assertEquals(Duration.ofHours(12).toSeconds(),
                Double.parseDouble(column(number, "extract(epoch from deadline - created_at)")), 0.001);
        assertEquals(List.of("RECEIVED", "DISPATCH", "RECLASSIFY"), actions(number));
    }

    @Test
    void refusalsSayWhy() {
        String number = town.file(resident());
        String path = "/api/reports/" + number + "/reclassify";
        asAdmin().body(Map.of("category", "NOPE", "reason", "x")).post(path).then().statusCode(400)
                .body("code", is("unknown-category"));
        asAdmin().body(Map.of("category", "FAC", "reason", "x")).post(path).then().statusCode(409)
                .body("code", is("same-category"));
        asAdmin().body(Map.of("category", "SAF")).post(path).then().statusCode(400);
        asAdmin().body(Map.of("category", "SAF", "reason", " ")).post(path).then().statusCode(400);
        Town other = new Town(db, platform, clock);
        asLeaderOf(other.grid).body(Map.of("category", "SAF", "reason", "x")).post(path).then().statusCode(403)
                .body("code", is("not-your-grid"));
        asAdmin().body(Map.of("category", "SAF", "reason", "x")).post("/api/reports/R2000010100001/reclassify")
                .then().statusCode(404);
        asAdmin().body(Map.of("reason", "重复")).post("/api/reports/" + number + "/cancel").then().statusCode(200);
        asAdmin().body(Map.of("category", "SAF", "reason", "x")).post(path).then().statusCode(409)
                .body("code", is("not-allowed-in-state")).body("message", is("该工单已作废，不能改类"));
        assertEquals("FAC", column(number, "category_code"));
    }
}
