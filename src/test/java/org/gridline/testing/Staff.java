package org.gridline.testing;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;

/**
 * Staff logins for {@code @QuarkusTest}s: the administrator (password from the test profile) and one LEADER login per
 * grid, created through the API on first use. Tokens are cached for the JVM; the test database outlives runs, so
 * creating a login that exists already is fine.
 */
public final class Staff {
    public static final String ADMIN = "admin";
    /** Password of every leader login made here. */
    public static final String LEADER_PASSWORD = "leader-password-for-tests";
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Staff() {
    }

    public static String adminPassword() {
        return ConfigProvider.getConfig().getValue("gridline.auth.admin-password", String.class);
    }

    public static String adminToken() {
        return TOKENS.computeIfAbsent(ADMIN, u -> login(u, adminPassword()));
    }

    /** A token of the LEADER login {@code leader-<grid>} of that grid (created when missing). */
    public static String leaderToken(String gridCode) {
        String username = "leader-" + gridCode.toLowerCase();
        return TOKENS.computeIfAbsent(username, u -> {
            asAdmin().body(Map.of("username", u, "password", LEADER_PASSWORD, "role", "LEADER", "gridCode", gridCode))
                    .post("/api/staff").then().statusCode(org.hamcrest.Matchers.anyOf(
                            org.hamcrest.Matchers.is(201), org.hamcrest.Matchers.is(400)));
            return login(u, LEADER_PASSWORD);
        });
    }

    public static RequestSpecification asAdmin() {
        return as(adminToken());
    }

    public static RequestSpecification asLeaderOf(String gridCode) {
        return as(leaderToken(gridCode));
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static String login(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/auth/token").then().statusCode(200).extract().path("access_token");
    }
}
