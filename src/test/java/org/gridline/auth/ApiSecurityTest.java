package org.gridline.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.gridline.testing.Staff.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Every /api endpoint needs a valid token; roles decide the rest. Walks the OpenAPI document, so new endpoints are
 * covered.
 */
@QuarkusTest
class ApiSecurityTest {
    private static final String LOGIN = "/api/auth/token";

    @Test
    void everyApiOperationInTheOpenApiDocumentRefusesARequestWithoutAToken() {
        List<String> checked = new ArrayList<>();
        for (String[] op : apiOperations()) {
            if (op[1].equals(LOGIN)) {
                continue;
            }
            String path = op[1].replaceAll("\\{[^}]+}", "x");
            int status = given().contentType(ContentType.JSON).body("{}").request(op[0], path).statusCode();
            assertEquals(401, status, op[0] + " " + op[1]);
            checked.add(op[0] + " " + op[1]);
        }
        assertTrue(checked.size() >= 12, "too few API operations found: " + checked);
        assertTrue(checked.contains("DELETE /api/grids/{code}/members/{openid}"), checked.toString());
    }

    @Test
    void aTokenSignedWithAnotherKeyOrExpiredIsRefused() {
        String forged = Jwt.issuer("gridline").upn("admin").groups("ADMIN").expiresIn(600)
                .jws().sign(KeyPem.generate().getPrivate());
        given().auth().oauth2(forged).get("/api/streets").then().statusCode(401);
        given().auth().oauth2("not-a-token").get("/api/streets").then().statusCode(401);
    }

    @Test
    void theOpenApiDocumentDeclaresTheBearerScheme() {
        org.gridline.testing.Management.given().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.securitySchemes.jwt.scheme", is("bearer"));
    }

    @Test
    void loginAnswersATokenThatExpires() {
        var body = given().contentType(ContentType.JSON).body(Map.of("username", ADMIN, "password", adminPassword()))
                .post(LOGIN).then().statusCode(200)
                .body("expires_in", is(3600)).body("token_type", is("Bearer")).extract().jsonPath();
        String[] parts = body.getString("access_token").split("\\.");
        assertEquals(3, parts.length);
        JsonPath claims = JsonPath.from(new String(java.util.Base64.getUrlDecoder().decode(parts[1])));
        long exp = claims.getLong("exp");
        assertTrue(exp > Instant.now().getEpochSecond() && exp <= Instant.now().getEpochSecond() + 3600 + 5);
        assertEquals(List.of("ADMIN"), claims.getList("groups"));
    }

    @Test
    void wrongPasswordAndUnknownUserAre401AndBadBodyIs400() {
        given().contentType(ContentType.JSON).body(Map.of("username", ADMIN, "password", "wrong"))
                .post(LOGIN).then().statusCode(401).contentType("application/problem+json")
                .body("code", is("bad-credentials"));
        given().contentType(ContentType.JSON).body(Map.of("username", "nobody-here", "password", "whatever"))
                .post(LOGIN).then().statusCode(401).body("code", is("bad-credentials"));
        given().contentType(ContentType.JSON).body(Map.of("username", ADMIN))
                .post(LOGIN).then().statusCode(400).body("violations.field", hasItem("password"));
    }

    @Test
    void afterFiveFailuresFromOneClientEvenTheRightPasswordMustWaitWith429() {
        String user = "throttled-" + System.nanoTime() % 1_000_000;
        String client = "192.0.2." + (1 + System.nanoTime() % 250);
        asAdmin().body(Map.of("username", user, "password", "right-password-123", "role", "ADMIN"))
                .post("/api/staff").then().statusCode(201);
        for (int i = 0; i < 5; i++) {
            given().contentType(ContentType.JSON).header("X-Forwarded-For", client)
                    .body(Map.of("username", user, "password", "wrong-" + i)).post(LOGIN).then().statusCode(401);
        }
        given().contentType(ContentType.JSON).header("X-Forwarded-For", client)
                .body(Map.of("username", user, "password", "right-password-123"))
                .post(LOGIN).then().statusCode(429).header("Retry-After", notNullValue())
                .body("code", is("too-many-attempts"));
        // Other clients are not affected.
        login(ADMIN, adminPassword());
    }

    @Test
    void aLeaderMayNotDoWhatOnlyStreetStaffDo() {
        var leader = asLeaderOf("CS-01");
        leader.body(Map.of("code", "X1", "name", "x")).post("/api/streets").then().statusCode(403)
                .contentType("application/problem+json").body("code", is("forbidden"));
        asLeaderOf("CS-01").body(Map.of("code", "X1", "name", "x", "streetCode", "BS"))
                .post("/api/communities").then().statusCode(403);
        asLeaderOf("CS-01").body(Map.of("code", "X1", "name", "x", "contactOpenids", List.of("o")))
                .post("/api/departments").then().statusCode(403);
        asLeaderOf("CS-01").body(Map.of("code", "X1", "name", "x", "communityCode", "BS-CS", "boundary", List.of()))
                .post("/api/grids").then().statusCode(403);
        asLeaderOf("CS-01").body(Map.of("username", "sneaky", "password", "sneaky-password-1", "role", "ADMIN"))
                .post("/api/staff").then().statusCode(403);
        asLeaderOf("CS-01").get("/api/streets").then().statusCode(200);
    }

    @Test
    void staffLoginsAreValidated() {
        asAdmin().body(Map.of("username", "lead-nogrid", "password", "long-enough-pass", "role", "LEADER"))
                .post("/api/staff").then().statusCode(400).body("code", is("grid-required"));
        asAdmin().body(Map.of("username", "lead-badgrid", "password", "long-enough-pass", "role", "LEADER",
                "gridCode", "NO-SUCH-GRID")).post("/api/staff").then().statusCode(400).body("code", is("unknown-grid"));
        asAdmin().body(Map.of("username", "short", "password", "short", "role", "ADMIN"))
                .post("/api/staff").then().statusCode(400).body("violations.field", hasItem("password"));
        asAdmin().body(Map.of("username", ADMIN, "password", "long-enough-pass", "role", "ADMIN"))
                .post("/api/staff").then().statusCode(400).body("code", is("duplicate-username"));
    }

    /** [method, path] of every operation under /api in the OpenAPI document. */
    private static List<String[]> apiOperations() {
        Map<String, Map<String, Object>> paths = org.gridline.testing.Management.given().get("/q/openapi?format=json")
                .then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        List<String[]> ops = new ArrayList<>();
        paths.forEach((path, methods) -> {
            if (path.startsWith("/api")) {
                methods.keySet().stream().filter(m -> m.matches("get|post|put|patch|delete"))
                        .forEach(m -> ops.add(new String[]{m.toUpperCase(), path}));
            }
        });
        return ops;
    }
}
