package org.gridline.audit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import org.gridline.testing.Db;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.gridline.testing.Staff.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The audit log over HTTP: a change made by staff is recorded with its route, target and status (refused ones too),
 * logins and failed logins are recorded, {@code GET /api/audit} is ADMIN's and filters, and the table refuses to be
 * changed.
 */
@QuarkusTest
class AuditApiTest {
    @Inject
    Pool pool;
    Db db;

    @BeforeEach
    void db() {
        db = new Db(pool);
    }

    private static String client() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(1, 250) + "." + r.nextInt(1, 250) + "." + r.nextInt(1, 250);
    }

    private static io.restassured.response.Response login(String username, String password) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", client())
                .body(Map.of("username", username, "password", password)).post("/api/auth/token");
    }

    private Row last(String kind, String actor) {
        List<Row> rows = db.rows("SELECT * FROM audit_entry WHERE kind = $1 AND actor = $2 ORDER BY id DESC LIMIT 1",
                kind, actor);
        assertFalse(rows.isEmpty(), "no " + kind + " entry of " + actor);
        return rows.get(0);
    }

    @Test
    void aChangeIsRecordedWithRouteTargetAndStatusRefusedOrNot() {
        asAdmin().body(Map.of("reason", "测试")).post("/api/reports/R2000010100009/cancel").then().statusCode(404);
        Row refused = last("ACTION", ADMIN);
        assertEquals("ADMIN", refused.getString("role"));
        assertEquals("POST", refused.getString("method"));
        assertEquals("/api/reports/{number}/cancel", refused.getString("route"));
        assertEquals("R2000010100009", refused.getString("target"));
        assertEquals(404, refused.getInteger("status"));

        String street = "st" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin().body(Map.of("code", street, "name", "审计街道")).post("/api/streets").then().statusCode(201);
        Row done = last("ACTION", ADMIN);
        assertEquals("/api/streets", done.getString("route"));
        assertNull(done.getString("target"));
        assertEquals(201, done.getInteger("status"));
    }

    @Test
    void readsAndAnonymousRequestsAreNotActions() {
        long before = db.count("SELECT count(*) FROM audit_entry WHERE kind = 'ACTION'");
        asAdmin().get("/api/streets").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("reason", "x")).post("/api/reports/R2000010100009/cancel")
                .then().statusCode(401);
        assertEquals(before, db.count("SELECT count(*) FROM audit_entry WHERE kind = 'ACTION'"));
    }

    @Test
    void loginsAndFailedLoginsAreRecorded() {
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        login(nobody, "not-the-password").then().statusCode(401);
        Row failed = last("LOGIN_FAILED", nobody);
        assertNull(failed.getString("role"));
        assertEquals(401, failed.getInteger("status"));
        assertEquals("bad-credentials", failed.getString("detail"));

        long before = db.count("SELECT count(*) FROM audit_entry WHERE kind = 'LOGIN' AND actor = 'admin'");
        login(ADMIN, adminPassword()).then().statusCode(200);
        assertEquals(before + 1, db.count("SELECT count(*) FROM audit_entry WHERE kind = 'LOGIN' AND actor = 'admin'"));
        assertEquals("ADMIN", last("LOGIN", ADMIN).getString("role"));
    }

    @Test
    void theLogIsForAdminsFilteredAndNewestFirst() {
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        login(nobody, "wrong-1").then().statusCode(401);
        login(nobody, "wrong-2").then().statusCode(401);
        asAdmin().queryParam("person", nobody).get("/api/audit").then().statusCode(200)
                .body("total", is(2)).body("items.kind", is(List.of("LOGIN_FAILED", "LOGIN_FAILED")))
                .body("items[0].kindLabel", is("登录失败")).body("items[0].detail", is("bad-credentials"))
                .body("items[0].id", greaterThan(0));
        asAdmin().queryParam("person", nobody).queryParam("kind", "LOGIN").get("/api/audit").then().statusCode(200)
                .body("total", is(0));
        asAdmin().queryParam("person", nobody).queryParam("from", "2000-01-01").queryParam("to", "2000-01-31")
                .get("/api/audit").then().statusCode(200).body("total", is(0));
        asAdmin().queryParam("kind", "LOGIN_FAILED").queryParam("size", "1").get("/api/audit").then()
                .statusCode(200).body("items", hasSize(1)).body("size", is(1));
        asAdmin().queryParam("kind", "DELETE").get("/api/audit").then().statusCode(400)
                .body("code", is("invalid-kind"));
        asAdmin().queryParam("from", "2026-02-01").queryParam("to", "2026-01-01").get("/api/audit").then()
                .statusCode(400).body("code", is("invalid-range"));
        asLeaderOf(anyGrid()).get("/api/audit").then().statusCode(403);
        given().get("/api/audit").then().statusCode(401);
    }

    @Test
    void theTableIsAppendOnly() {
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        login(nobody, "wrong").then().statusCode(401);
        var update = assertThrows(RuntimeException.class,
                () -> db.rows("UPDATE audit_entry SET actor = 'someone-else' WHERE actor = $1", nobody));
        assertTrue(update.getMessage().contains("append-only"), update.getMessage());
        var delete = assertThrows(RuntimeException.class,
                () -> db.rows("DELETE FROM audit_entry WHERE actor = $1", nobody));
        assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        var truncate = assertThrows(RuntimeException.class, () -> db.rows("TRUNCATE audit_entry"));
        assertTrue(truncate.getMessage().contains("append-only"), truncate.getMessage());
        assertEquals(1, db.count("SELECT count(*) FROM audit_entry WHERE actor = $1", nobody));
    }

    /** A grid of the demo city, for a LEADER token. */
    private String anyGrid() {
        return db.rows("SELECT code FROM grid ORDER BY code LIMIT 1").get(0).getString("code");
    }
}
