package org.gridline.platform.http;

import io.vertx.core.MultiMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The headers added to an answer: all of them by default, never one the answer set itself. */
class SecurityHeadersTest {

    @ParameterizedTest(name = "{0} → Cache-Control {1}")
    @CsvSource(nullValues = "null", value = {
            "application/json,                         no-store",
            "application/problem+json,                 no-store",
            "application/json;charset=UTF-8,           no-store",
            "text/html;charset=UTF-8,                  null",
            "text/javascript,                          null",
            "null,                                     null",
    })
    void everyAnswerGetsTheDefaultsAndJsonIsNotCached(String type, String cacheControl) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        if (type != null) {
            headers.add("Content-Type", type);
        }
        Map<String, String> added = SecurityHeaders.missing(headers);
        assertEquals("nosniff", added.get("X-Content-Type-Options"));
        assertEquals("DENY", added.get("X-Frame-Options"));
        assertEquals("no-referrer", added.get("Referrer-Policy"));
        assertEquals(SecurityHeaders.DEFAULT_POLICY, added.get("Content-Security-Policy"));
        assertEquals(cacheControl, added.get("Cache-Control"));
    }

    @Test
    void anAnswersOwnHeadersAreKept() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("content-security-policy", "script-src 'self'")
                .add("Content-Type", "application/json").add("Cache-Control", "max-age=60");
        Map<String, String> added = SecurityHeaders.missing(headers);
        assertFalse(added.containsKey("Content-Security-Policy"));
        assertFalse(added.containsKey("Cache-Control"));
        assertTrue(added.containsKey("X-Content-Type-Options"));
    }
}
