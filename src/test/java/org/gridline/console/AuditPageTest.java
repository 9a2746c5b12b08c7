package org.gridline.console;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.gridline.testing.Db;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.gridline.testing.Staff.asAdmin;
import static org.gridline.testing.Staff.asLeaderOf;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /console/audit}: the filtered log in the layout, what was typed escaped, for ADMIN only. */
@QuarkusTest
class AuditPageTest {
    @Inject
    Pool pool;

    private static void failedLogin(String username) {
        given().contentType(ContentType.JSON).header("X-Forwarded-For", "10.77." + (int) (Math.random() * 250) + "."
                        + (int) (Math.random() * 250))
                .body(Map.of("username", username, "password", "wrong-password")).post("/api/auth/token")
                .then().statusCode(401);
    }

    @Test
    void theLogShowsTheFilteredEntriesWithWhatWasTypedEscaped() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String typed = "<script>x" + tag + "</script>";
        failedLogin(typed);
        String page = asAdmin().accept(ContentType.HTML).queryParam("person", typed)
                .queryParam("kind", "LOGIN_FAILED").get("/console/audit").then().statusCode(200)
                .contentType(startsWith("text/html")).extract().asString();
        assertTrue(page.contains("<title>操作日志"), page);
        assertTrue(page.contains("&lt;script&gt;x" + tag + "&lt;/script&gt;"), page);
        assertTrue(!page.contains("<script>x" + tag), "the username is escaped");
        assertTrue(page.contains("登录失败") && page.contains("bad-credentials") && page.contains("共 1 条"), page);
        assertTrue(page.contains("<option value=\"LOGIN_FAILED\" selected>"), page);
    }

    @Test
    void aConsoleSessionsLoginChangesAndExportsAreRecorded() {
        Db db = new Db(pool);
        long logins = db.count("SELECT count(*) FROM audit_entry WHERE kind = 'LOGIN' AND actor = 'admin'");
        ConsoleSession admin = ConsoleSession.login("admin", org.gridline.testing.Staff.adminPassword());
        assertEquals(logins + 1, db.count("SELECT count(*) FROM audit_entry WHERE kind = 'LOGIN' AND actor = 'admin'"));
        admin.post("/console/reports/R2000010100009/cancel", Map.of("reason", "测试"));
        var action = db.rows("SELECT route, target, status FROM audit_entry WHERE kind = 'ACTION' AND actor = 'admin'"
                + " ORDER BY id DESC LIMIT 1").get(0);
        assertEquals("/console/reports/{number}/cancel", action.getString("route"));
        assertEquals("R2000010100009", action.getString("target"));
        assertEquals(404, action.getInteger("status"));
        admin.get("/console/reports/export.csv?grid=NO-SUCH-GRID").then().statusCode(200);
        var export = db.rows("SELECT detail, row_count FROM audit_entry WHERE kind = 'EXPORT' AND actor = 'admin'"
                + " ORDER BY id DESC LIMIT 1").get(0);
        assertTrue(export.getString("detail").startsWith("grid=NO-SUCH-GRID"), export.getString("detail"));
        assertEquals(0L, export.getLong("row_count"));
        String page = admin.get("/console/audit?person=admin&kind=EXPORT").then().statusCode(200).extract().asString();
        assertTrue(page.contains("grid=NO-SUCH-GRID") && page.contains("（0 行）"), page);
    }

    @Test
    void nothingFoundSaysWhatToDo() {
        asAdmin().accept(ContentType.HTML).queryParam("person", "nobody-" + UUID.randomUUID())
                .get("/console/audit").then().statusCode(200).body(containsString("没有符合条件的记录"));
    }

    @Test
    void onlyStreetStaffSeeIt() {
        String grid = new Db(pool).rows("SELECT code FROM grid ORDER BY code LIMIT 1").get(0).getString("code");
        asLeaderOf(grid).accept(ContentType.HTML).get("/console/audit").then().statusCode(403);
        int anonymous = RestAssured.given().redirects().follow(false).get("/console/audit").statusCode();
        assertTrue(anonymous == 401 || anonymous == 302, "anonymous: " + anonymous);
    }
}
