package org.gridline.console;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A browser's part in the console's {@code @QuarkusTest}s: logs in through the login form (its CSRF cookie and
 * field), keeps the session cookie, and posts forms with the session's CSRF token read from a page, or without it.
 * Redirects are never followed, so tests see them.
 */
final class ConsoleSession {
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    final String session;
    final String csrf;

    private ConsoleSession(String session, String csrf) {
        this.session = session;
        this.csrf = csrf;
    }

    /** Signs in through the form; fails the test unless the answer is the redirect to the queue with a session. */
    static ConsoleSession login(String username, String password) {
        Response answer = submitLogin(username, password);
        assertEquals(303, answer.statusCode(), answer.body().asString());
        assertTrue(answer.header("Location").endsWith("/console/reports"), answer.header("Location"));
        String session = answer.cookie(SessionCookies.SESSION);
        assertNotNull(session, "the login sets the session cookie");
        String page = given().redirects().follow(false).cookie(SessionCookies.SESSION, session)
                .get("/console/logout").then().statusCode(200).extract().asString();
        return new ConsoleSession(session, field(page));
    }

    /** The login form submitted with its own CSRF cookie and field. */
    static Response submitLogin(String username, String password) {
        return submitLogin(username, password, "127.0.0.1");
    }

    /** The same from another client address (the test profile trusts X-Forwarded-For from loopback). */
    static Response submitLogin(String username, String password, String client) {
        Response form = given().redirects().follow(false).get("/console/login");
        String nonce = form.cookie(SessionCookies.LOGIN);
        return given().redirects().follow(false).header("X-Forwarded-For", client)
                .cookie(SessionCookies.LOGIN, nonce)
                .formParam("username", username).formParam("password", password)
                .formParam("csrf", field(form.asString())).post("/console/login");
    }

    static String field(String page) {
        Matcher m = CSRF_FIELD.matcher(page);
        assertTrue(m.find(), "the page has a CSRF field: " + page);
        return m.group(1);
    }

    RequestSpecification request() {
        return given().redirects().follow(false).cookie(SessionCookies.SESSION, session);
    }

    Response get(String path) {
        return request().get(path);
    }

    /** Posts the form with this session's CSRF token. */
    Response post(String path, Map<String, String> form) {
        Map<String, String> all = new LinkedHashMap<>(form);
        all.put("csrf", csrf);
        return postRaw(path, all);
    }

    /** Posts exactly these fields (no CSRF token unless one is among them). */
    Response postRaw(String path, Map<String, String> form) {
        RequestSpecification request = request().contentType("application/x-www-form-urlencoded; charset=UTF-8");
        form.forEach(request::formParam);
        return request.post(path);
    }
}
