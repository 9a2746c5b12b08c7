package org.gridline.volunteer;

import io.restassured.response.ValidatableResponse;
import org.gridline.testing.CityFixtures;
import org.gridline.testing.Codes;
import org.gridline.testing.Db;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.gridline.testing.Staff.asAdmin;

/** A fresh grid with its people, and recruitments made through the API, for the volunteer tests. */
final class VolunteerFixtures {
    private static int nextSquare = 0;

    private VolunteerFixtures() {
    }

    /** A new grid (far from the demo city and other tests' grids); returns its code. */
    static synchronized String newGrid() {
        String community = CityFixtures.newCommunity();
        String code = Codes.unique("vg");
        double offset = 0.5 + 0.002 * (nextSquare++) + (System.nanoTime() % 1000) * 0.00001;
        asAdmin().body(CityFixtures.grid(code, community, CityFixtures.square(CityFixtures.TEST_LNG + offset,
                CityFixtures.TEST_LAT + offset), List.of())).post("/api/grids").then().statusCode(201);
        return code;
    }

    /** Adds members straight into the city model's table (hundreds at once); returns their openids in order. */
    static List<String> members(Db db, String grid, String role, int n) {
        List<String> openids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String openid = "o_" + grid + "_" + role.toLowerCase() + "_" + i;
            db.rows("INSERT INTO grid_member (grid_code, openid, name, phone, role) VALUES ($1, $2, '志愿者', "
                    + "'13800138000', $3)", grid, openid, role);
            openids.add(openid);
        }
        return openids;
    }

    static Map<String, Object> recruitment(String grid, Instant startsAt, int capacity, int points) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "周六清洁家园 " + Codes.unique("t"));
        body.put("grid", grid);
        body.put("place", "幸福小区北门");
        body.put("startsAt", at(startsAt));
        body.put("endsAt", at(startsAt.plusSeconds(2 * 3600)));
        body.put("capacity", capacity);
        body.put("points", points);
        body.put("signUpDeadline", at(startsAt.minusSeconds(3600)));
        body.put("anyGrid", false);
        return body;
    }

    /** Creates and publishes the recruitment; returns its id. */
    static long published(Map<String, Object> body) {
        long id = ((Number) asAdmin().body(body).post("/api/recruitments").then().statusCode(201)
                .extract().path("id")).longValue();
        asAdmin().post("/api/recruitments/" + id + "/publish").then().statusCode(200);
        return id;
    }

    /** Ids of a recruitment and of one volunteer's place in it. */
    record Place(long recruitment, long signUp) {
    }

    /**
     * A published recruitment of {@code points} from {@code startsAt} to {@code endsAt} (which may be past: written
     * straight into the table, as it would stand once the activity began) with the volunteer's place in it.
     */
    static Place place(Db db, String grid, String openid, Instant startsAt, Instant endsAt, int points,
                       boolean anyGrid) {
        long recruitment = db.rows("""
                INSERT INTO recruitment (title, grid_code, place, starts_at, ends_at, capacity, points, sign_up_deadline,
                    any_grid, status, signed_up, created_by, created_at, published_at)
                VALUES ($1, $2, '幸福小区北门', $3, $4, 5, $5, $3, $6, 'PUBLISHED', 1, 'admin', $3, $3) RETURNING id""",
                "补录测试 " + Codes.unique("t"), grid, startsAt.atOffset(ZoneOffset.UTC), endsAt.atOffset(ZoneOffset.UTC),
                points, anyGrid).get(0).getLong(0);
        long signUp = db.rows("INSERT INTO sign_up (recruitment_id, openid, status, created_at) VALUES ($1, $2, "
                + "'SIGNED_UP', $3) RETURNING id", recruitment, openid, startsAt.atOffset(ZoneOffset.UTC))
                .get(0).getLong(0);
        return new Place(recruitment, signUp);
    }

    static ValidatableResponse detail(long id) {
        return asAdmin().get("/api/recruitments/" + id).then().statusCode(200);
    }

    static String at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.ofHours(8)).toString();
    }
}
