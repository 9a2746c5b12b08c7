package org.gridline.platform.http;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

/** The public port's answers carry the security headers: API data, refusals, the webhook and unknown paths. */
@QuarkusTest
class SecurityHeadersHttpTest {

    @Test
    void apiAnswersAndRefusalsCarryThem() {
        hardened(given().get("/api/streets").then().statusCode(401));
        hardened(given().contentType("application/json")
                .body("{\"username\":\"nobody\",\"password\":\"wrong-password\"}")
                .post("/api/auth/token").then().statusCode(401))
                .header("Cache-Control", "no-store");
        hardened(given().get("/wechat/callback").then().statusCode(401));
        hardened(given().get("/no/such/page").then().statusCode(404));
    }

    private static ValidatableResponse hardened(ValidatableResponse response) {
        return response.header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", allOf(containsString("default-src 'none'"),
                        containsString("frame-ancestors 'none'")));
    }
}
