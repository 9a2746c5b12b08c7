package org.gridline.grid;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.gridline.testing.Codes;
import org.gridline.testing.Db;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.gridline.testing.CityFixtures.*;
import static org.gridline.testing.Staff.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The admin API of the city model: creating, validating, listing, and who sees which phone number. */
@QuarkusTest
class GridApiTest {
    private static final AtomicInteger SLOT = new AtomicInteger();
    @Inject
    Pool pool;

    /** A fresh spot for one test grid. */
    private static List<List<Double>> freshSquare() {
        int slot = SLOT.incrementAndGet() + (int) (System.nanoTime() % 5000) * 10;
        return square(TEST_LNG + (slot % 300) * 0.002, TEST_LAT + (slot / 300) * 0.002);
    }

    @Test
    void aGridIsCreatedWithItsBuildingsAndReadBack() {
        String community = newCommunity();
        String code = Codes.unique("g");
        String estate = "测试" + code.replace("-", "").toUpperCase() + "小区";
        asAdmin().body(grid(code, community, freshSquare(), List.of(
                        Map.of("name", estate + "三栋", "units", 2, "dwellings", List.of("1单元101")),
                        Map.of("name", estate + "5号楼"))))
                .post("/api/grids").then().statusCode(201)
                .body("code", is(code)).body("communityCode", is(community))
                .body("boundary", hasSize(5))
                .body("buildings.name", contains(estate + "3栋", estate + "5栋"))
                .body("buildings[0].estate", is(estate)).body("buildings[0].units", is(2));
        asAdmin().get("/api/grids/" + code).then().statusCode(200).body("buildings", hasSize(2));
        asAdmin().get("/api/grids/NO-SUCH").then().statusCode(404).contentType("application/problem+json")
                .body("code", is("unknown-grid"));
    }

    @Test
    void badOutlinesAreRefusedWithAClearMessage() {
        String community = newCommunity();
        List<List<Double>> open = List.of(List.of(113.5, 23.5), List.of(113.501, 23.5), List.of(113.501, 23.501),
                List.of(113.5, 23.501));
        asAdmin().body(grid(Codes.unique("g"), community, open, List.of())).post("/api/grids").then()
                .statusCode(400).body("code", is("invalid-boundary")).body("message", containsString("not closed"));
        List<List<Double>> bowTie = List.of(List.of(113.5, 23.5), List.of(113.501, 23.501), List.of(113.501, 23.5),
                List.of(113.5, 23.501), List.of(113.5, 23.5));
        asAdmin().body(grid(Codes.unique("g"), community, bowTie, List.of())).post("/api/grids").then()
                .statusCode(400).body("code", is("invalid-boundary"))
                .body("message", containsString("intersects itself"));
        List<List<Double>> offEarth = List.of(List.of(113.5, 95.0), List.of(113.501, 23.5), List.of(113.501, 23.501),
                List.of(113.5, 95.0));
        asAdmin().body(grid(Codes.unique("g"), community, offEarth, List.of())).post("/api/grids").then()
                .statusCode(400).body("message", containsString("latitude"));
    }

    @Test
    void unknownReferencesAndDuplicateCodesAre400() {
        asAdmin().body(grid(Codes.unique("g"), "NO-SUCH-COMMUNITY", freshSquare(), List.of())).post("/api/grids")
                .then().statusCode(400).body("code", is("unknown-community"));
        asAdmin().body(Map.of("code", Codes.unique("cm"), "name", "x", "streetCode", "NO-SUCH-STREET"))
                .post("/api/communities").then().statusCode(400).body("code", is("unknown-street"));
        asAdmin().body(grid("CS-01", "BS-CS", freshSquare(), List.of())).post("/api/grids")
                .then().statusCode(400).body("code", is("duplicate-code"));
        asAdmin().body(Map.of("code", "BS", "name", "again")).post("/api/streets")
                .then().statusCode(400).body("code", is("duplicate-code"));
        asAdmin().body(Map.of("code", "CGJ", "name", "again", "contactOpenids", List.of("o1")))
                .post("/api/departments").then().statusCode(400).body("code", is("duplicate-code"));
        asAdmin().body(Map.of("code", "bad code!", "name", "x")).post("/api/streets")
                .then().statusCode(400).body("violations.field", hasItem("code"));
    }

    @Test
    void aGridWithABadBuildingIsNotWrittenAtAll() {
        String community = newCommunity();
        String code = Codes.unique("g");
        asAdmin().body(grid(code, community, freshSquare(), List.of(Map.of("name", "幸福小区3栋"))))
                .post("/api/grids").then().statusCode(400).body("code", is("invalid-buildings"))
                .body("message", containsString("幸福小区3栋"));
        asAdmin().body(grid(code, community, freshSquare(), List.of(Map.of("name", "没有楼号的名字"))))
                .post("/api/grids").then().statusCode(400).body("code", is("invalid-building"));
        asAdmin().get("/api/grids/" + code).then().statusCode(404);
        assertEquals(0, new Db(pool).count("SELECT count(*) FROM building WHERE grid_code = $1", code));
    }

    @Test
    void membersAreValidatedAndOneLeaderPerGridIsEnforced() {
        String code = newGrid();
        String members = "/api/grids/" + code + "/members";
        asAdmin().body(member("o_lead_" + code, "13912345678", "LEADER")).post(members).then().statusCode(201)
                .body("phone", is("13912345678"));
        asAdmin().body(member("o_lead2_" + code, "13912345679", "LEADER")).post(members).then().statusCode(400)
                .body("code", is("leader-exists"));
        asAdmin().body(member("o_w_" + code, "12345", "WORKER")).post(members).then().statusCode(400)
                .body("code", is("invalid-phone"));
        asAdmin().body(member("o_w_" + code, "+86 139-1234-0000", "WORKER")).post(members).then().statusCode(201)
                .body("phone", is("13912340000"));
        asAdmin().body(member("o_w_" + code, "13912340001", "VOLUNTEER")).post(members).then().statusCode(400)
                .body("code", is("duplicate-member"));
        asAdmin().body(Map.of("openid", "o_x", "name", "x", "phone", "13912340001", "role", "BOSS")).post(members)
                .then().statusCode(400);
        asAdmin().body(member("o_w", "13912340001", "WORKER")).post("/api/grids/NO-SUCH/members").then()
                .statusCode(404).body("code", is("unknown-grid"));
    }

    @Test
    void theDatabaseItselfRefusesASecondLeader() {
        String code = newGrid();
        Db db = new Db(pool);
        String insert = "INSERT INTO grid_member (grid_code, openid, name, phone, role) VALUES ($1, $2, 'x', "
                + "'13900000000', 'LEADER')";
        db.rows(insert, code, "o_one");
        try {
            db.rows(insert, code, "o_two");
            throw new AssertionError("a second leader was stored");
        } catch (RuntimeException e) {
            org.hamcrest.MatcherAssert.assertThat(e.getMessage(), containsString("grid_member_one_leader"));
        }
    }

    @Test
    void listsArePaged() {
        String code = newGrid();
        String members = "/api/grids/" + code + "/members";
        for (int i = 0; i < 5; i++) {
            asAdmin().body(member("o_v" + i, "1391234000" + i, "VOLUNTEER")).post(members).then().statusCode(201);
        }
        asAdmin().get(members + "?page=0&size=2").then().statusCode(200)
                .body("items.openid", contains("o_v0", "o_v1")).body("total", is(5)).body("page", is(0))
                .body("size", is(2));
        asAdmin().get(members + "?page=2&size=2").then().statusCode(200).body("items.openid", contains("o_v4"));
        asAdmin().get(members + "?size=0").then().statusCode(400);
        asAdmin().get(members + "?size=101").then().statusCode(400);
        asAdmin().get("/api/grids?size=1").then().statusCode(200).body("items", hasSize(1))
                .body("total", greaterThanOrEqualTo(4));
    }

    @Test
    void membersAreRemoved() {
        String code = newGrid();
        String members = "/api/grids/" + code + "/members";
        asAdmin().body(member("o_gone", "13912345000", "WORKER")).post(members).then().statusCode(201);
        asAdmin().delete(members + "/o_gone").then().statusCode(204);
        asAdmin().delete(members + "/o_gone").then().statusCode(404);
        asAdmin().get(members).then().body("total", is(0));
    }

    @Test
    void aLeaderManagesTheirOwnGridOnlyAndSeesOtherGridsPhonesMasked() {
        asLeaderOf("CS-01").get("/api/grids/CS-01/members").then().statusCode(200)
                .body("items.find { it.openid == 'o_demo_worker_g1a' }.phone", is("13800001002"));
        asLeaderOf("CS-01").get("/api/grids/CS-01").then().statusCode(200).body("leader.phone", is("13800001001"));

        asLeaderOf("CS-02").get("/api/grids/CS-01").then().statusCode(200).body("leader.phone", is("138****1001"));
        asLeaderOf("CS-02").get("/api/grids").then().statusCode(200)
                .body("items.find { it.code == 'CS-01' }.leader.phone", is("138****1001"))
                .body("items.find { it.code == 'CS-02' }.leader.phone", is("13800002001"));
        asLeaderOf("CS-02").get("/api/grids/CS-01/members").then().statusCode(403).body("code", is("not-your-grid"));
        asLeaderOf("CS-02").body(member("o_x", "13912345678", "WORKER")).post("/api/grids/CS-01/members")
                .then().statusCode(403);
        asLeaderOf("CS-02").delete("/api/grids/CS-01/members/o_demo_worker_g1a").then().statusCode(403);
        asAdmin().get("/api/grids/CS-01").then().body("leader.phone", is("13800001001"));
    }

    @Test
    void aLeaderAddsWorkersButNotLeaders() {
        String code = newGrid();
        asAdmin().body(member("o_l_" + code, "13912345678", "LEADER")).post("/api/grids/" + code + "/members")
                .then().statusCode(201);
        asLeaderOf(code).body(member("o_w1", "13912345670", "WORKER")).post("/api/grids/" + code + "/members")
                .then().statusCode(201);
        asLeaderOf(code).body(member("o_l2", "13912345671", "LEADER")).post("/api/grids/" + code + "/members")
                .then().statusCode(403).body("code", is("admin-only"));
        asLeaderOf(code).delete("/api/grids/" + code + "/members/o_l_" + code).then().statusCode(403);
    }

    private static String newGrid() {
        String code = Codes.unique("g");
        asAdmin().body(grid(code, newCommunity(), freshSquare(), List.of())).post("/api/grids").then().statusCode(201);
        return code;
    }
}
