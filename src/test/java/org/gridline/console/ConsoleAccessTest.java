package org.gridline.console;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.gridline.testing.Db;
import org.gridline.testing.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Who may open and change what in the console: every route sends an anonymous request to the login page, a leader of
 * another grid gets 403 (a page saying why), a state-changing form without its CSRF token gets 403 and changes
 * nothing; the session cookie's attributes, its revocation with the login, and the pages' security headers.
 */
@QuarkusTest
class ConsoleAccessTest {
    private static final List<String> PAGES = List.of("/console", "/console/reports",
            "/console/reports?status=RECEIVED", "/console/reports/R2099000000001", "/console/dead-letters",
            "/console/logout", "/console/audit", "/console/reports/export.csv");
    private static final List<String> ACTIONS = List.of("dispatch", "reassign", "cancel", "order", "reclassify");

    @Inject
    Pool pool;
    Db db;
    ConsoleFixtures city;

    @BeforeEach
    void city() {
        db = new Db(pool);
        city = new ConsoleFixtures(db);
    }

    private static ConsoleSession admin() {
        return ConsoleSession.login(Staff.ADMIN, Staff.adminPassword());
    }

    private ConsoleSession leader() {
        return ConsoleSession.login(city.leaderLogin, Staff.LEADER_PASSWORD);
    }

    @Test
    void anAnonymousRequestToAnyConsoleRouteGoesToTheLoginPage() {
        String number = city.report("路灯坏了");
        for (String page : PAGES) {
            given().redirects().follow(false).get(page).then().statusCode(302)
                    .header("Location", endsWith("/console/login"));
        }
        for (String action : ACTIONS) {
            given().redirects().follow(false).formParam("csrf", "x").post("/console/reports/" + number + "/" + action)
                    .then().statusCode(302).header("Location", endsWith("/console/login"));
        }
        for (String path : List.of("/console/dead-letters/retry", "/console/reports/bulk", "/console/logout")) {
            given().redirects().follow(false).formParam("csrf", "x").post(path)
                    .then().statusCode(302).header("Location", endsWith("/console/login"));
        }
        given().redirects().follow(false).cookie(SessionCookies.SESSION, "not-a-token").get("/console/dead-letters")
                .then().statusCode(302).header("Location", endsWith("/console/login"));
        given().redirects().follow(false).header("HX-Request", "true").get("/console/dead-letters")
                .then().header("HX-Redirect", "/console/login");
        assertEquals("RECEIVED", city.status(number));
    }

    @Test
    void theLoginFormSignsInWithTheStaffLoginAndSetsAStrictSessionCookie() {
        Response answer = ConsoleSession.submitLogin(Staff.ADMIN, Staff.adminPassword());
        assertEquals(303, answer.statusCode());
        String cookie = answer.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SessionCookies.SESSION + "=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("; HttpOnly"), cookie);
        assertTrue(cookie.contains("; SameSite=Strict"), cookie);
        assertTrue(cookie.contains("; Path=/console;"), cookie);
        assertTrue(cookie.contains("; Max-Age=3600"), "expires with the token lifespan: " + cookie);
        assertFalse(cookie.contains("Secure"), "Secure only when configured (HTTPS): " + cookie);
        ConsoleSession admin = admin();
        admin.get("/console/logout").then().statusCode(200).body(containsString("admin"))
                .body(containsString("街道管理员"));
    }

    @Test
    void aWrongPasswordOrAMissingCsrfFieldIsRefusedOnTheLoginPage() {
        String client = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
        Response wrong = ConsoleSession.submitLogin(Staff.ADMIN, "wrong-password-for-the-test", client);
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.asString().contains("用户名或密码错误"), wrong.asString());
        assertNull(wrong.cookie(SessionCookies.SESSION));
        Response form = given().redirects().follow(false).get("/console/login");
        Response noField = given().redirects().follow(false).cookie(SessionCookies.LOGIN,
                        form.cookie(SessionCookies.LOGIN)).formParam("username", Staff.ADMIN)
                .formParam("password", Staff.adminPassword()).post("/console/login");
        assertEquals(403, noField.statusCode());
        assertNull(noField.cookie(SessionCookies.SESSION));
        assertTrue(noField.asString().contains("安全令牌"));
        given().redirects().follow(false).formParam("username", Staff.ADMIN)
                .formParam("password", Staff.adminPassword()).formParam("csrf", ConsoleSession.field(form.asString()))
                .post("/console/login").then().statusCode(403);
    }

    @Test
    void aLeaderOfAnotherGridIsRefusedEveryPageAndActionOfThisGrid() {
        String number = city.report("井盖丢了");
        ConsoleSession stranger = ConsoleSession.login(new ConsoleFixtures(db).leaderLogin, Staff.LEADER_PASSWORD);
        stranger.get("/console/reports/" + number).then().statusCode(403).body(containsString("本网格"));
        for (String action : ACTIONS) {
            stranger.post("/console/reports/" + number + "/" + action, Map.of("reason", "试试", "note", "试试",
                    "department", "ZJJ", "assignee", city.worker, "category", "ENV")).then().statusCode(403);
        }
        stranger.post("/console/reports/bulk", Map.of("action", "assign", "number", number, "assignee", city.worker,
                "reason", "试试")).then().statusCode(200).body(containsString("未办理：网格长只能查看和处理本网格的工单"));
        stranger.get("/console/dead-letters").then().statusCode(403).body(containsString("街道管理员"));
        stranger.get("/console/audit").then().statusCode(403);
        stranger.get("/console/reports/export.csv?grid=" + city.grid).then().statusCode(403);
        stranger.get("/console/reports?grid=" + city.grid).then().statusCode(403);
        stranger.post("/console/dead-letters/retry", Map.of()).then().statusCode(403);
        leader().get("/console/reports/" + number).then().statusCode(200).body(containsString(number));
        assertEquals("RECEIVED", city.status(number));
        assertNull(city.assignee(number));
    }

    @Test
    void aStateChangingFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        String number = city.report("路面塌陷");
        ConsoleSession admin = admin();
        for (String action : ACTIONS) {
            for (Map<String, String> form : List.of(Map.of("reason", "x", "note", "x", "department", "ZJJ",
                    "category", "ENV"), Map.of("reason", "x", "note", "x", "department", "ZJJ", "category", "ENV",
                    "csrf", "forged"))) {
                admin.postRaw("/console/reports/" + number + "/" + action, form).then().statusCode(403)
                        .body(containsString("安全令牌"));
            }
        }
        admin.postRaw("/console/dead-letters/retry", Map.of()).then().statusCode(403);
        admin.postRaw("/console/reports/bulk", Map.of("action", "cancel", "number", number, "reason", "x"))
                .then().statusCode(403);
        admin.postRaw("/console/dead-letters/1/retry", Map.of()).then().statusCode(403);
        admin.postRaw("/console/logout", Map.of()).then().statusCode(403);
        admin.get("/console/reports/" + number).then().statusCode(200);
        assertEquals("RECEIVED", city.status(number));
        assertEquals(0, db.count("SELECT count(*) FROM department_order o JOIN report r ON r.id = o.report_id "
                + "WHERE r.number = $1", number));
    }

    @Test
    void theCookieIsForTheConsoleOnlyAndTheApiKeepsItsBearerTokens() {
        ConsoleSession admin = admin();
        admin.get("/api/reports").then().statusCode(401);
        Staff.asAdmin().get("/api/reports").then().statusCode(200);
        given().redirects().follow(false).auth().oauth2(Staff.adminToken()).get("/console/reports/R2099000000001")
                .then().statusCode(404);
    }

    @Test
    void disablingTheLoginEndsItsConsoleSession() {
        ConsoleSession leader = leader();
        leader.get("/console/logout").then().statusCode(200);
        Staff.asAdmin().post("/api/staff/" + city.leaderLogin + "/disable").then().statusCode(200);
        leader.get("/console/logout").then().statusCode(302).header("Location", endsWith("/console/login"));
        Response again = ConsoleSession.submitLogin(city.leaderLogin, Staff.LEADER_PASSWORD);
        assertEquals(403, again.statusCode());
        assertTrue(again.asString().contains("已停用"), again.asString());
    }

    @Test
    void logoutEndsTheSessionCookie() {
        ConsoleSession admin = admin();
        Response out = admin.post("/console/logout", Map.of());
        assertEquals(303, out.statusCode());
        assertTrue(out.header("Location").endsWith("/console/login"));
        assertTrue(out.headers().getValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith(SessionCookies.SESSION + "=;") && c.contains("Max-Age=0")));
    }

    @Test
    void consolePagesCarryAStrictContentSecurityPolicy() {
        ConsoleSession admin = admin();
        for (Response page : List.of(admin.get("/console/logout"), given().get("/console/login"))) {
            String policy = page.header("Content-Security-Policy");
            assertTrue(policy.contains("script-src 'self'"), policy);
            assertTrue(policy.contains("frame-ancestors 'none'"), policy);
            assertFalse(policy.contains("unsafe"), policy);
            assertEquals("nosniff", page.header("X-Content-Type-Options"));
            assertEquals("no-referrer", page.header("Referrer-Policy"));
            assertFalse(page.asString().matches("(?s).*<script>.*"), "no inline script");
        }
        given().get("/console/static/console.js").then().statusCode(200);
        given().get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200);
    }

    @Test
    void whatAResidentWroteIsEscapedOnTheReportPage() {
        String text = "<script>alert('x')</script>\" onmouseover=\"alert(1)";
        String number = city.report(text);
        String page = admin().get("/console/reports/" + number).then().statusCode(200).extract().asString();
        assertFalse(page.contains("<script>alert"), page);
        assertFalse(page.contains("\" onmouseover="), page);
        assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot; onmouseover=&quot;alert(1)"),
                page);
    }
}
