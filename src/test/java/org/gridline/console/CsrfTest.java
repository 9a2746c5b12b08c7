package org.gridline.console;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The console's CSRF tokens and cookie attributes, without Quarkus. */
class CsrfTest {
    @Test
    void aSessionsTokenIsStableForItAndDiffersForAnother() {
        assertEquals(Csrf.ofSession("token-a"), Csrf.ofSession("token-a"));
        assertNotEquals(Csrf.ofSession("token-a"), Csrf.ofSession("token-b"));
        assertFalse(Csrf.ofSession("token-a").contains("token-a"), "the token does not reveal the session");
        assertEquals(43, Csrf.ofSession("x").length(), "32 bytes, base64url without padding");
    }

    @Test
    void onlyTheExactTokenMatches() {
        String token = Csrf.ofSession("session");
        assertTrue(Csrf.matches(token, token));
        assertFalse(Csrf.matches(token, token.substring(1)));
        assertFalse(Csrf.matches(token, null));
        assertFalse(Csrf.matches(null, token));
        assertFalse(Csrf.matches("", ""), "no expected token (no cookie) never matches");
    }

    @Test
    void freshTokensAreRandom() {
        assertNotEquals(Csrf.fresh(), Csrf.fresh());
    }

    @Test
    void cookiesAreHttpOnlyStrictAndSecureWhenConfigured() {
        SessionCookies plain = new SessionCookies(() -> false);
        assertEquals("gridline_session=abc; Path=/console; Max-Age=3600; HttpOnly; SameSite=Strict",
                plain.session("abc", 3600));
        assertEquals("gridline_session=; Path=/console; Max-Age=0; HttpOnly; SameSite=Strict", plain.sessionEnded());
        assertEquals("gridline_login=n; Path=/console/login; Max-Age=60; HttpOnly; SameSite=Strict; Secure",
                new SessionCookies(() -> true).login("n", 60));
    }
}
