package org.gridline.grid;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.gridline.testing.Db;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.gridline.testing.Staff.asAdmin;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The demo city is there after start on the embedded database, through the API, and loading it again changes nothing. */
@QuarkusTest
class DemoCityTest {
    @Inject
    DemoCityLoader loader;
    @Inject
    Pool pool;

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
    void loadingTheDemoAgainChangesNothing() throws Throwable {
        Db db = new Db(pool);
        String counts = "SELECT (SELECT count(*) FROM street) + (SELECT count(*) FROM community) + "
                + "(SELECT count(*) FROM grid) + (SELECT count(*) FROM building) + (SELECT count(*) FROM grid_member) + "
                + "(SELECT count(*) FROM department)";
        long before = db.count(counts);

        int created = VertxContextSupport.subscribeAndAwait(() -> loader.load(DemoCity.read(Path.of("config/demo"))));

        assertEquals(0, created);
        assertEquals(before, db.count(counts));
    }
}
