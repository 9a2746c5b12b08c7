package org.gridline.volunteer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.gridline.testing.Db;
import org.gridline.testing.InTransaction;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.gridline.testing.Staff.asAdmin;
import static org.gridline.testing.Staff.asLeaderOf;
import static org.gridline.volunteer.VolunteerFixtures.*;
import static org.hamcrest.Matchers.*;

/** The staff API of recruitments, rewards and points: who may call it, what it refuses, corrections with a reason. */
@QuarkusTest
class VolunteerApiTest {
    @Inject
    SignUpService signUps;
    @Inject
    Vertx vertx;
    @Inject
    Pool pool;

    @Test
    void withoutATokenEverythingIs401() {
        given().contentType(ContentType.JSON).body("{}").post("/api/recruitments").then().statusCode(401);
        given().get("/api/recruitments/1").then().statusCode(401);
        given().get("/api/rewards").then().statusCode(401);
        given().get("/api/points/o_x").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").post("/api/points/adjust").then().statusCode(401);
    }

    @Test
    void aLeaderManagesTheirOwnGridsRecruitmentsOnly() {
        String mine = newGrid(), other = newGrid();
        Map<String, Object> body = recruitment(mine, Instant.now().plus(Duration.ofDays(1)), 3, 5);
        long id = ((Number) asLeaderOf(mine).body(body).post("/api/recruitments").then().statusCode(201)
                .body("status", is("DRAFT")).extract().path("id")).longValue();
        asLeaderOf(other).get("/api/recruitments/" + id).then().statusCode(403).body("code", is("not-your-grid"));
        asLeaderOf(other).post("/api/recruitments/" + id + "/publish").then().statusCode(403);
        asLeaderOf(other).body(body).post("/api/recruitments").then().statusCode(403);
        asLeaderOf(mine).post("/api/recruitments/" + id + "/publish").then().statusCode(200)
                .body("status", is("PUBLISHED"));
        asLeaderOf(mine).post("/api/recruitments/" + id + "/publish").then().statusCode(409)
                .body("code", is("not-a-draft"));
        asLeaderOf(mine).post("/api/recruitments/" + id + "/cancel").then().statusCode(200)
                .body("status", is("CANCELLED"));
        asAdmin().get("/api/recruitments/999999999").then().statusCode(404);
    }

    @Test
    void badRecruitmentsAreRefusedWith400() {
        String grid = newGrid();
        Instant start = Instant.now().plus(Duration.ofDays(1));
        expect400(with(recruitment(grid, start, 3, 5), "capacity", 0), null);
        expect400(with(recruitment(grid, start, 3, 5), "title", " "), null);
        expect400(with(recruitment(grid, start, 3, 5), "endsAt", at(start.minusSeconds(60))), "invalid-window");
        expect400(with(recruitment(grid, start, 3, 5), "signUpDeadline", at(start.plusSeconds(60))),
                "invalid-deadline");
        expect400(with(recruitment(grid, start, 3, 5), "grid", "NO-SUCH"), "unknown-grid");
    }

    @Test
    void rewardsAndPointsAreForStreetStaff() {
        String grid = newGrid();
        Map<String, Object> reward = new HashMap<>(Map.of("name", "毛巾", "price", 5, "stock", 3, "perUserLimit", 1,
                "validUntil", at(Instant.now().plus(Duration.ofDays(3)))));
        asLeaderOf(grid).body(reward).post("/api/rewards").then().statusCode(403);
        asLeaderOf(grid).get("/api/rewards").then().statusCode(200);
        asLeaderOf(grid).get("/api/points/o_x").then().statusCode(403);
        asAdmin().body(with(reward, "price", 0)).post("/api/rewards").then().statusCode(400);
        asAdmin().body(with(reward, "validUntil", at(Instant.now().minusSeconds(60)))).post("/api/rewards").then()
                .statusCode(400).body("code", is("invalid-valid-until"));
        asAdmin().body(reward).post("/api/rewards").then().statusCode(201).body("stock", is(3));

        String openid = "o_adjust_" + grid;
        Map<String, Object> adjust = new HashMap<>(Map.of("requestId", "r-" + grid, "openid", openid, "amount", 15,
                "reason", "线下活动补录"));
        asAdmin().body(with(adjust, "reason", "")).post("/api/points/adjust").then().statusCode(400);
        asAdmin().body(adjust).post("/api/points/adjust").then().statusCode(200).body("amount", is(15));
        asAdmin().body(adjust).post("/api/points/adjust").then().statusCode(200);
        asAdmin().get("/api/points/" + openid).then().statusCode(200).body("balance", is(15))
                .body("statement.entries.size()", is(1)).body("statement.entries[0].reason", is("线下活动补录"));
    }

    @Test
    void attendanceCorrectionsNeedAReasonAwardOrReverseAndAreRecorded() {
        Db db = new Db(pool);
        String grid = newGrid();
        String volunteer = members(db, grid, "VOLUNTEER", 1).get(0);
        Instant start = Instant.now().minus(Duration.ofHours(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Place place = place(db, grid, volunteer, start, start.plus(Duration.ofHours(2)), 40, false);
        long id = place.recruitment();
        long signUp = place.signUp();
        String path = "/api/recruitments/" + id + "/sign-ups/" + signUp + "/attendance";
        Map<String, Object> fix = new HashMap<>(Map.of("checkedInAt", at(start), "checkedOutAt",
                at(start.plusSeconds(90 * 60)), "reason", "忘记签退，现场名单为证"));
        asAdmin().body(with(fix, "reason", "")).post(path).then().statusCode(400);
        asLeaderOf(newGrid()).body(fix).post(path).then().statusCode(403);
        asLeaderOf(grid).body(fix).post(path).then().statusCode(200).body("serviceMinutes", is(90))
                .body("pointsAwarded", is(40));
        asAdmin().get("/api/points/" + volunteer).then().body("balance", is(40));
        asAdmin().body(with(fix, "checkedOutAt", at(start.plusSeconds(30 * 60)))).post(path).then().statusCode(200)
                .body("pointsAwarded", is(0));
        asAdmin().get("/api/points/" + volunteer).then().body("balance", is(0));
        asAdmin().body(fix).post(path).then().statusCode(200).body("pointsAwarded", is(0));
        org.junit.jupiter.api.Assertions.assertEquals(3, db.count(
                "SELECT COUNT(*) FROM attendance_correction WHERE sign_up_id = $1", signUp));
    }

    @Test
    void aRecruitmentOffersAtMostTheOperatorsBoundOfPoints() {
        String grid = newGrid();
        Instant start = Instant.now().plus(Duration.ofDays(1));
        expect400(recruitment(grid, start, 3, 1001), "points-above-bound");
        asLeaderOf(grid).body(recruitment(grid, start, 3, 100_000)).post("/api/recruitments").then().statusCode(400)
                .body("code", is("points-above-bound"));
        asLeaderOf(grid).body(recruitment(grid, start, 3, 1000)).post("/api/recruitments").then().statusCode(201)
                .body("points", is(1000));
    }

    @Test
    void onlyAnAdminOpensARecruitmentToEveryGrid() {
        String grid = newGrid();
        Map<String,
                Object> anyGrid = with(recruitment(grid, Instant.now().plus(Duration.ofDays(1)), 3, 5), "anyGrid",
                        true);
        asLeaderOf(grid).body(anyGrid).post("/api/recruitments").then().statusCode(403)
                .body("code", is("any-grid-admin-only"));
        asAdmin().body(anyGrid).post("/api/recruitments").then().statusCode(201).body("anyGrid", is(true));
    }

    @Test
    void correctionsInTheFutureOrOutsideTheActivityAreRefusedAndAwardNothing() {
        Db db = new Db(pool);
        String grid = newGrid();
        String volunteer = members(db, grid, "VOLUNTEER", 1).get(0);
        Instant start = Instant.now().minus(Duration.ofHours(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant end = start.plus(Duration.ofHours(2));
        Place past = place(db, grid, volunteer, start, end, 40, false);
        String path = "/api/recruitments/" + past.recruitment() + "/sign-ups/" + past.signUp() + "/attendance";
        correction(path, start.minus(Duration.ofMinutes(30)), end).statusCode(400).body("code", is("outside-window"));
        correction(path, start, end.plus(Duration.ofMinutes(10))).statusCode(400).body("code", is("outside-window"));

        Instant now = Instant.now();
        Place running = place(db, grid, volunteer, now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)), 40,
                false);
        String later = "/api/recruitments/" + running.recruitment() + "/sign-ups/" + running.signUp() + "/attendance";
        correction(later, now.minus(Duration.ofHours(1)), now.plus(Duration.ofMinutes(30))).statusCode(400)
                .body("code", is("in-the-future"));

        asAdmin().get("/api/points/" + volunteer).then().body("balance", is(0));
        correction(path, start, end).statusCode(200).body("pointsAwarded", is(40)).body("serviceMinutes", is(120));
    }

    @Test
    void aLeaderCannotAwardAVolunteerOfAnotherGridButAnAdminCan() {
        Db db = new Db(pool);
        String grid = newGrid(), elsewhere = newGrid();
        String stranger = members(db, elsewhere, "VOLUNTEER", 1).get(0);
        Instant start = Instant.now().minus(Duration.ofHours(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Place place = place(db, grid, stranger, start, start.plus(Duration.ofHours(2)), 40, true);
        String path = "/api/recruitments/" + place.recruitment() + "/sign-ups/" + place.signUp() + "/attendance";
        Map<String, Object> fix = Map.of("checkedInAt", at(start), "checkedOutAt", at(start.plus(Duration.ofHours(2))),
                "reason", "现场名单为证");
        asLeaderOf(grid).body(fix).post(path).then().statusCode(403).body("code", is("other-grid-volunteer"));
        asAdmin().get("/api/points/" + stranger).then().body("balance", is(0));
        asAdmin().body(fix).post(path).then().statusCode(200).body("pointsAwarded", is(40));
        asAdmin().get("/api/points/" + stranger).then().body("balance", is(40));
    }

    @Test
    void theRecruitmentListIsFilteredAndALeaderSeesTheirOwnGridOnly() {
        String mine = newGrid(), other = newGrid();
        Instant start = Instant.now().plus(Duration.ofDays(2));
        long draft = created(asLeaderOf(mine), recruitment(mine, start, 3, 5));
        long open = published(recruitment(mine, start.plus(Duration.ofDays(1)), 3, 5));
        long others = created(asAdmin(), recruitment(other, start, 3, 5));

        asLeaderOf(mine).get("/api/recruitments?size=100").then().statusCode(200)
                .body("items.grid", everyItem(is(mine))).body("items.id", hasItems((int) draft, (int) open))
                .body("items.id", not(hasItem((int) others)))
                .body("items[0].id", is((int) open)); // the latest start first
        asLeaderOf(mine).get("/api/recruitments?grid=" + mine + "&status=DRAFT").then().statusCode(200)
                .body("total", is(1)).body("items[0].id", is((int) draft));
        asLeaderOf(mine).get("/api/recruitments?grid=" + other).then().statusCode(403)
                .body("code", is("not-your-grid"));
        asAdmin().get("/api/recruitments?grid=" + other).then().statusCode(200).body("total", is(1))
                .body("items[0].id", is((int) others)).body("items[0].demo", is(false));
        asAdmin().get("/api/recruitments?status=OVERDUE").then().statusCode(400).body("code", is("invalid-status"))
                .body("message", containsString("PUBLISHED"));
    }

    private static long created(io.restassured.specification.RequestSpecification as, Map<String, Object> body) {
        return ((Number) as.body(body).post("/api/recruitments").then().statusCode(201).extract().path("id"))
                .longValue();
    }

    private static io.restassured.response.ValidatableResponse correction(String path, Instant in, Instant out) {
        return asAdmin().body(Map.of("checkedInAt", at(in), "checkedOutAt", at(out), "reason", "补录"))
                .post(path).then();
    }

    private static void expect400(Map<String, Object> body, String code) {
        var response = asAdmin().body(body).post("/api/recruitments").then().statusCode(400);
        if (code != null) {
            response.body("code", is(code));
        }
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(key, value);
        return changed;
    }
}
