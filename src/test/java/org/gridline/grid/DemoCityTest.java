package org.gridline.grid;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.gridline.points.DemoRewardLoader;
import org.gridline.testing.Db;
import org.gridline.volunteer.DemoRecruitmentLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.gridline.testing.Staff.asAdmin;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The demo city is there after start on the embedded database, through the API, and loading it again changes nothing.
 */
@QuarkusTest
class DemoCityTest {
    @Inject
    DemoCityLoader loader;
    @Inject
    Pool pool;
    @Inject
    DemoRecruitmentLoader recruitments;
    @Inject
    DemoRewardLoader rewards;

    @Test
    void theDemoStreetCommunitiesAndGridsAreVisibleThroughTheApi() {
        asAdmin().get("/api/streets?size=100").then().statusCode(200).body("items.name", hasItem("白沙街道"));
        asAdmin().get("/api/communities?streetCode=BS").then().statusCode(200)
                .body("items.name", contains("昌盛社区", "群星社区")).body("total", is(2));
        asAdmin().get("/api/grids?communityCode=BS-CS").then().statusCode(200)
                .body("items.code", contains("CS-01", "CS-02"))
                .body("items[0].leader.openid", is("o_demo_leader_g1"));
        asAdmin().get("/api/grids/QX-02").then().statusCode(200)
                .body("buildings.name", hasItems("群星苑5栋", "星河公寓2栋"));
        asAdmin().get("/api/departments?size=100").then().statusCode(200)
                .body("items.code", hasItems("CGJ", "ZJJ", "GA", "JJ", "XF", "WJ", "MZ", "SFS", "SQ"));
    }

    @Test
    void eachDemoGridHasOneLeaderTwoWorkersAndVolunteers() {
        for (String grid : new String[]{"CS-01", "CS-02", "QX-01", "QX-02"}) {
            asAdmin().get("/api/grids/" + grid + "/members?role=LEADER").then().statusCode(200).body("total", is(1));
            asAdmin().get("/api/grids/" + grid + "/members?role=WORKER").then().statusCode(200).body("total", is(2));
            asAdmin().get("/api/grids/" + grid + "/members?role=VOLUNTEER").then().statusCode(200)
                    .body("total", greaterThanOrEqualTo(1));
        }
    }

    @Test
    void theDemoRecruitmentsAreOpenAndTheDemoRewardsOnTheShelf() {
        asAdmin().get("/api/recruitments?grid=CS-01&status=PUBLISHED&size=100").then().statusCode(200)
                .body("items.findAll { it.demo }.title", hasItems("周六清洁家园", "白沙街道无偿献血引导"))
                .body("items.find { it.title == '白沙街道无偿献血引导' && it.demo }.anyGrid", is(true));
        asAdmin().get("/api/recruitments?grid=QX-02&status=PUBLISHED&size=100").then().statusCode(200)
                .body("items.findAll { it.demo }.title", hasItem("消防安全宣传进楼栋"));
        List<String> rewards = new Db(pool).rows("SELECT name FROM reward WHERE demo_key IS NOT NULL "
                + "AND valid_until > now() AND stock > 0").stream().map(r -> r.getString(0)).toList();
        assertThat(rewards, hasItems("纯棉毛巾", "环保购物袋", "大米5公斤", "食用油1.8升", "社区理发券"));
    }

    @Test
    void loadingTheDemoAgainChangesNothing() throws Throwable {
        Db db = new Db(pool);
        String counts = "SELECT (SELECT count(*) FROM street) + (SELECT count(*) FROM community) + "
                + "(SELECT count(*) FROM grid) + (SELECT count(*) FROM building) + (SELECT count(*) FROM grid_member) "
                + "+ "
                + "(SELECT count(*) FROM department)";
        long before = db.count(counts);

        int created = VertxContextSupport.subscribeAndAwait(() -> loader.load(DemoCity.read(Path.of("config/demo"))));

        assertEquals(0, created);
        assertEquals(before, db.count(counts));

        String demo = "SELECT (SELECT count(*) FROM recruitment WHERE demo_key IS NOT NULL) "
                + "+ (SELECT count(*) FROM reward WHERE demo_key IS NOT NULL)";
        long demoBefore = db.count(demo);
        Path dir = Path.of("config/demo");
        assertEquals(0, (int) VertxContextSupport.subscribeAndAwait(() -> recruitments.load(
                DemoRecruitmentLoader.read(dir.resolve("recruitments.yaml")))));
        assertEquals(0, (int) VertxContextSupport.subscribeAndAwait(() -> rewards.load(
                DemoRewardLoader.read(dir.resolve("rewards.yaml")))));
        assertEquals(demoBefore, db.count(demo));
    }
}
