package org.gridline.grid;

import io.quarkus.test.junit.QuarkusTest;
import org.gridline.testing.Codes;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.gridline.testing.CityFixtures.*;
import static org.gridline.testing.Staff.*;
import static org.hamcrest.Matchers.*;

/** {@code GET /api/locate}: a point or an address to its grid, on the demo city and on a grid created just now. */
@QuarkusTest
class LocateApiTest {

    @Test
    void aPointInsideADemoGridFindsIt() {
        asAdmin().get("/api/locate?lat=22.578&lng=113.079").then().statusCode(200)
                .body("gridCode", is("CS-01")).body("gridName", is("昌盛社区第一网格"))
                .body("communityCode", is("BS-CS")).body("matchedBy", is("POINT"));
        asLeaderOf("CS-02").get("/api/locate?lat=22.582&lng=113.085").then().statusCode(200)
                .body("gridCode", is("QX-02"));
    }

    @Test
    void aPointOnTheEdgeSharedByTwoGridsGoesToTheSmallerCode() {
        // (113.0821, 22.5803) is a corner of all four demo grids.
        asAdmin().get("/api/locate?lat=22.5803&lng=113.0821").then().statusCode(200).body("gridCode", is("CS-01"));
    }

    @Test
    void anAddressFindsItsBuildingTolerantOfHowItIsWritten() {
        for (String address : List.of("幸福小区3栋2单元301", "幸福小区三栋", "住在幸福小区 3号楼")) {
            asAdmin().queryParam("address", address).get("/api/locate").then().statusCode(200)
                    .body("gridCode", is("CS-01")).body("buildingName", is("幸福小区3栋"))
                    .body("matchedBy", is("BUILDING"));
        }
        asAdmin().queryParam("address", "群星苑").get("/api/locate").then().statusCode(404);
        asAdmin().queryParam("address", "星河公寓").get("/api/locate").then().statusCode(200)
                .body("gridCode", is("QX-02")).body("matchedBy", is("ESTATE"));
    }

    @Test
    void nothingFoundIs404ProblemJson() {
        asAdmin().get("/api/locate?lat=39.9&lng=116.4").then().statusCode(404)
                .contentType("application/problem+json").body("code", is("no-grid"));
        asAdmin().queryParam("address", "火星基地1栋").get("/api/locate").then().statusCode(404)
                .body("code", is("no-grid"));
    }

    @Test
    void badQueriesAre400() {
        asAdmin().get("/api/locate").then().statusCode(400).body("code", is("invalid-query"));
        asAdmin().get("/api/locate?lat=22.5").then().statusCode(400);
        asAdmin().get("/api/locate?lat=95&lng=113").then().statusCode(400).body("code", is("invalid-point"));
        asAdmin().get("/api/locate?lat=abc&lng=113").then().statusCode(anyOf(is(400), is(404)));
        asAdmin().get("/api/locate?lat=22.5&lng=113&address=x").then().statusCode(400);
    }

    @Test
    void aNewGridIsFoundAtOnceByPointAndByAddress() {
        String code = Codes.unique("g");
        String estate = "定位" + code.replace("-", "") + "花园";
        double lng = TEST_LNG + 0.9;
        double lat = TEST_LAT + 0.9 + (System.nanoTime() % 1000) * 0.002;
        asAdmin().get("/api/locate?lat=" + (lat + 0.0005) + "&lng=" + (lng + 0.0005)).then().statusCode(404);
        asAdmin().body(grid(code, newCommunity(), square(lng, lat), List.of(Map.of("name", estate + "2栋"))))
                .post("/api/grids").then().statusCode(201);
        asAdmin().get("/api/locate?lat=" + (lat + 0.0005) + "&lng=" + (lng + 0.0005)).then().statusCode(200)
                .body("gridCode", is(code));
        asAdmin().queryParam("address", estate + "二栋").get("/api/locate").then().statusCode(200)
                .body("gridCode", is(code));
    }
}
