package org.gridline.console;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The console's cookies as {@code Set-Cookie} values: the session (the signed token the API issues, valid as long as
 * the token, sent only to {@code /console}) and the login form's CSRF value. Both HttpOnly and SameSite=Strict, and
 * Secure when {@link ConsoleConfig#secureCookie()} says the console is served over HTTPS.
 */
@ApplicationScoped
class SessionCookies {
    static final String SESSION = "gridline_session";
    static final String LOGIN = "gridline_login";
    private static final String CONSOLE_PATH = "/console";
    private static final String LOGIN_PATH = "/console/login";

    private final boolean secure;

    SessionCookies(ConsoleConfig config) {
        this.secure = config.secureCookie();
    }

    String session(String token, long maxAgeSeconds) {
        return cookie(SESSION, token, CONSOLE_PATH, maxAgeSeconds);
    }

    String sessionEnded() {
        return cookie(SESSION, "", CONSOLE_PATH, 0);
    }

    String login(String value, long maxAgeSeconds) {
        return cookie(LOGIN, value, LOGIN_PATH, maxAgeSeconds);
    }

    String loginEnded() {
        return cookie(LOGIN, "", LOGIN_PATH, 0);
    }

    private String cookie(String name, String value, String path, long maxAgeSeconds) {
        return name + "=" + value + "; Path=" + path + "; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : "");
    }
}
