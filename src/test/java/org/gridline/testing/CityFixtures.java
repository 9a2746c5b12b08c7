package org.gridline.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.gridline.testing.Staff.asAdmin;

/**
 * Builds city-model request bodies and creates a fresh street, community and grid through the API. Test grids lie
 * far from the demo city (around 23.0°N 113.5°E), one 0.001° square per test, so they never overlap it.
 */
public final class CityFixtures {
    public static final double TEST_LNG = 113.5;
    public static final double TEST_LAT = 23.0;

    private CityFixtures() {
    }

    /** A closed square ring of [lng, lat], side 0.001°, with its south-west corner at the given point. */
    public static List<List<Double>> square(double lng, double lat) {
        double s = 0.001;
        return List.of(List.of(lng, lat), List.of(lng + s, lat), List.of(lng + s, lat + s), List.of(lng, lat + s),
                List.of(lng, lat));
    }

    /** A new community (in a new street) for this test; returns its code. */
    public static String newCommunity() {
        String street = Codes.unique("st");
        asAdmin().body(Map.of("code", street, "name", "测试街道")).post("/api/streets").then().statusCode(201);
        String community = Codes.unique("cm");
        asAdmin().body(Map.of("code", community, "name", "测试社区", "streetCode", street))
                .post("/api/communities").then().statusCode(201);
        return community;
    }

    /** A new grid (in a new community) with an outline at the given offset from the test area; returns its code. */
    public static String newGrid(String codePrefix, double offset) {
        String code = Codes.unique(codePrefix);
        asAdmin().body(grid(code, newCommunity(), square(TEST_LNG + offset, TEST_LAT - offset), List.of()))
                .post("/api/grids").then().statusCode(201);
        return code;
    }

    public static Map<String, Object> grid(String code, String community, List<List<Double>> boundary,
                                           List<Map<String, Object>> buildings) {
        return Map.of("code", code, "name", "测试网格 " + code, "communityCode", community, "boundary", boundary,
                "buildings", new ArrayList<>(buildings));
    }

    public static Map<String, Object> member(String openid, String phone, String role) {
        return Map.of("openid", openid, "name", "张三", "phone", phone, "role", role);
    }
}
