package org.gridline.auth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.*;

class TokenAgeTest {
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private final TokenAge age = new TokenAge(Duration.ofHours(1), TokenAge.SKEW);

    @ParameterizedTest(name = "iat now{0}s, exp iat+{1}s → refused: {2}")
    @CsvSource(nullValues = "null", value = {
            "0,     3600,  false",
            "-600,  3600,  false",
            "60,    3600,  false",
            "61,    3600,  true",
            "7200,  3600,  true",
            "0,     3601,  true",
            "-3000, 86400, true",
            "null,  3600,  true"})
    void refusesTokensFromTheFutureAndTokensThatLiveTooLong(Long iatOffset, long lifetime, boolean refused) {
        Long iat = iatOffset == null ? null : NOW.getEpochSecond() + iatOffset;
        Long exp = (iat == null ? NOW.getEpochSecond() : iat) + lifetime;
        assertEquals(refused, age.refusal(iat, exp, NOW).isPresent());
    }
}
