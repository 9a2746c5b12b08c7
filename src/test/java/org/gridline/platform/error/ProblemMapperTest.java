package org.gridline.platform.error;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

/** Every failure reaches the client as problem+json with a short code, never a stack trace or a class name. */
@QuarkusTest
class ProblemMapperTest {

    @Test
    void domainErrorKeepsItsStatusCodeAndMessage() {
        given().get("/test-probe/domain").then()
                .statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("status", is(409), "code", is("already-taken"), "message", is("该工单已被他人接单"));
    }

    @Test
    void unexpectedFailureHidesItsDetails() {
        given().get("/test-probe/crash").then()
                .statusCode(500).contentType(Problem.MEDIA_TYPE)
                .body("code", is("internal"), "message", startsWith("Something went wrong on our side (incident "))
                .body(not(containsString("IllegalStateException")), not(containsString("secret internal detail")),
                        not(containsString("at org.")));
    }

    @Test
    void invalidFieldsAreListed() {
        given().contentType("application/json").body("{\"name\":\"far too long\"}")
                .post("/test-probe/validated").then()
                .statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("code", is("invalid"), "violations[0].field", is("name"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        given().contentType("application/json").body("{\"name\": ")
                .post("/test-probe/validated").then()
                .statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("code", is("malformed-json"))
                .body(not(containsString("jackson")));
    }

    @Test
    void wrongMediaTypeIsAProblemToo() {
        given().contentType("text/plain").body("hello")
                .post("/test-probe/validated").then()
                .statusCode(415).contentType(Problem.MEDIA_TYPE).body("code", is("unsupported-media-type"));
    }
}
