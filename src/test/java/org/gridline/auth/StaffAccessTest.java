package org.gridline.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.gridline.testing.Db;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.gridline.testing.Staff.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Staff access over HTTP: the login throttle (per client address, growing waits, no lockout), staff management, token
 * revocation through the token version, the password rules, and the token time rules. Each test uses logins and client
 * addresses of its own (the test profile trusts X-Forwarded-For from loopback), so tests do not slow each other down.
 */
@QuarkusTest
class StaffAccessTest {
    private static final String LOGIN = "/api/auth/token";
    private static final String PASSWORD = "Gridline-staff-pw-7x";
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    @Inject
    Pool pool;
    @Inject
    SigningKeys keys;

    @Test
    void fiveBadLoginsFromOneClientDoNotStopTheRightPasswordFromAnother() {
        String user = newAdmin();
        String a = client();
        for (int i = 0; i < 5; i++) {
            login(a, user, "wrong-" + i).then().statusCode(401).body("code", is("bad-credentials"));
        }
        login(a, user, PASSWORD).then().statusCode(429).header("Retry-After", "1")
                .contentType("application/problem+json").body("code", is("too-many-attempts"));
        login(client(), user, PASSWORD).then().statusCode(200).body("access_token", notNullValue());
    }

    @Test
    void oneClientWaitsLongerAfterEachFurtherFailure() throws Exception {
        String user = newAdmin();
        String a = client();
        for (int i = 0; i < 5; i++) {
            login(a, user, "wrong-" + i).then().statusCode(401);
        }
        login(a, "another-user", "whatever-it-is").then().statusCode(429).header("Retry-After", "1");
        Thread.sleep(1_100);
        login(a, user, "wrong-again").then().statusCode(401);
        login(a, user, PASSWORD).then().statusCode(429).header("Retry-After", "2");
        Thread.sleep(2_100);
        login(a, user, PASSWORD).then().statusCode(200);
    }

    @Test
    void anAdministratorListsDisablesAndEnablesLoginsAndADisabledLoginsTokenIsRefusedAtOnce() {
        String user = newAdmin();
        String token = tokenOf(user, PASSWORD);
        as(token).get("/api/streets").then().statusCode(200);
        asAdmin().get("/api/staff").then().statusCode(200)
                .body("find { it.username == '" + user + "' }.disabled", is(false))
                .body("find { it.username == 'admin' }.role", is("ADMIN"))
                .body("passwordHash", everyItem(nullValue()));

        asAdmin().post("/api/staff/" + user + "/disable").then().statusCode(200).body("disabled", is(true));
        as(token).get("/api/streets").then().statusCode(401);
        login(client(), user, PASSWORD).then().statusCode(403).body("code", is("login-disabled"));
        asAdmin().get("/api/staff").then().body("find { it.username == '" + user + "' }.disabled", is(true));

        asAdmin().post("/api/staff/" + user + "/enable").then().statusCode(200).body("disabled", is(false));
        as(token).get("/api/streets").then().statusCode(401);
        as(tokenOf(user, PASSWORD)).get("/api/streets").then().statusCode(200);
    }

    @Test
    void staffManagementIsForAdministratorsAndNotForOneself() {
        asAdmin().post("/api/staff/" + ADMIN + "/disable").then().statusCode(409).body("code", is("own-login"));
        asAdmin().post("/api/staff/no-such-login-" + RUN + "/disable").then().statusCode(404);
        asLeaderOf("CS-01").get("/api/staff").then().statusCode(403);
        asLeaderOf("CS-01").post("/api/staff/" + ADMIN + "/password").then().statusCode(403);
    }

    @Test
    void aResetGivesAOneTimeGeneratedPasswordOrSetsTheGivenOneAndRevokesTheTokens() {
        String user = newAdmin();
        String token = tokenOf(user, PASSWORD);
        String generated = asAdmin().post("/api/staff/" + user + "/password").then().statusCode(200)
                .body("username", is(user)).extract().path("password");
        assertTrue(generated.length() >= 20, generated);
        as(token).get("/api/streets").then().statusCode(401);
        login(client(), user, PASSWORD).then().statusCode(401);
        String second = tokenOf(user, generated);

        asAdmin().body(Map.of("password", "aaaaaaaaaaaa")).post("/api/staff/" + user + "/password")
                .then().statusCode(400).body("code", is("weak-password"));
        asAdmin().body(Map.of("password", "Chosen-by-the-admin-42")).post("/api/staff/" + user + "/password")
                .then().statusCode(200).body("password", nullValue());
        as(second).get("/api/streets").then().statusCode(401);
        tokenOf(user, "Chosen-by-the-admin-42");
    }

    @Test
    void oneChangesOnesOwnPasswordWithTheCurrentOneAndGetsANewToken() {
        String user = newAdmin();
        String token = tokenOf(user, PASSWORD);
        as(token).body(Map.of("currentPassword", "not-the-password", "newPassword", "A-new-one-for-me-99"))
                .post("/api/auth/password").then().statusCode(403).body("code", is("wrong-password"));
        as(token).body(Map.of("currentPassword", PASSWORD, "newPassword", "1234567890123"))
                .post("/api/auth/password").then().statusCode(400).body("code", is("weak-password"));
        String fresh = as(token).body(Map.of("currentPassword", PASSWORD, "newPassword", "A-new-one-for-me-99"))
                .post("/api/auth/password").then().statusCode(200).extract().path("access_token");
        as(token).get("/api/streets").then().statusCode(401);
        as(fresh).get("/api/streets").then().statusCode(200);
        login(client(), user, PASSWORD).then().statusCode(401);
        tokenOf(user, "A-new-one-for-me-99");
        given().contentType(ContentType.JSON).body(Map.of("currentPassword", "x", "newPassword", "y"))
                .post("/api/auth/password").then().statusCode(401);
    }

    @Test
    void commonRepetitiveAndTooLongPasswordsAreRefusedWithAClearReason() {
        String name = "pw-" + RUN + "-" + SEQ.incrementAndGet();
        Map<String, String> refused = Map.of(
                "aaaaaaaaaaaa", "too few different characters",
                "Password2026!", "most common passwords",
                "12345678abcdefgh", "sequence",
                "x" + name + "-2026", "must not contain the username",
                "长".repeat(25), "at most 72 bytes");
        refused.forEach((password, reason) -> asAdmin()
                .body(Map.of("username", name, "password", password, "role", "ADMIN"))
                .post("/api/staff").then().statusCode(400).contentType("application/problem+json")
                .body("code", is("weak-password")).body("message", containsString(reason)));
        asAdmin().get("/api/staff").then().body("username", not(hasItem(name)));
    }

    @Test
    void tokensThatLiveLongerThanTheLifespanOrAreIssuedInTheFutureAreRefused() {
        String user = newAdmin();
        int version = new Db(pool).rows("SELECT token_version FROM staff_account WHERE username = $1", user)
                .get(0).getInteger(0);
        long now = Instant.now().getEpochSecond();
        as(mint(user, version, now, now + 600)).get("/api/streets").then().statusCode(200);
        as(mint(user, version, now, now + 2 * 3600)).get("/api/streets").then().statusCode(401);
        as(mint(user, version, now + 3600, now + 3600 + 600)).get("/api/streets").then().statusCode(401);
        as(mint(user, version + 1, now, now + 600)).get("/api/streets").then().statusCode(401);
        String noVersion = Jwt.issuer("gridline").upn(user).subject(user).groups("ADMIN").issuedAt(now)
                .expiresAt(now + 600).jws().sign(keys.pair().getPrivate());
        as(noVersion).get("/api/streets").then().statusCode(401);
    }

    private String mint(String user, int version, long iat, long exp) {
        return Jwt.issuer("gridline").upn(user).subject(user).groups("ADMIN").claim(Caller.VERSION_CLAIM, version)
                .issuedAt(iat).expiresAt(exp).jws().sign(keys.pair().getPrivate());
    }

    /** A new ADMIN login with {@link #PASSWORD}. */
    private static String newAdmin() {
        String user = "staff-" + RUN + "-" + SEQ.incrementAndGet();
        asAdmin().body(Map.of("username", user, "password", PASSWORD, "role", "ADMIN"))
                .post("/api/staff").then().statusCode(201).body("disabled", is(false));
        return user;
    }

    /** A client address of its own (TEST-NET-3). */
    private static String client() {
        int n = SEQ.incrementAndGet();
        return "203.0." + (113 + (n / 250) % 10) + "." + (1 + n % 250);
    }

    private static Response login(String client, String user, String password) {
        RequestSpecification request = given().contentType(ContentType.JSON).header("X-Forwarded-For", client);
        return request.body(Map.of("username", user, "password", password)).post(LOGIN);
    }

    private static String tokenOf(String user, String password) {
        return login(client(), user, password).then().statusCode(200).extract().path("access_token");
    }
}
