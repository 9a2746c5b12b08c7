package org.gridline.simulator;

import org.gridline.platform.error.DomainException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.*;

/** What the fault control accepts: a percentage, as typed (30 means 30 %), and the errcode calls fail with. */
class FaultTest {

    @ParameterizedTest(name = "errcode {0}, {1}% → {2}")
    @CsvSource(nullValues = "null", value = {
            "-1,    30,    30% of platform calls fail with errcode -1",
            "-1,    30%,   30% of platform calls fail with errcode -1",
            "-1,    ' 30 % ', 30% of platform calls fail with errcode -1",
            "45009, 100,   100% of platform calls fail with errcode 45009",
            "-1,    0.5,   0.5% of platform calls fail with errcode -1",
            "null,  12.50, 12.5% of platform calls fail with errcode -1",
            "-1,    0,     No platform call fails",
            "0,     0,     No platform call fails",
    })
    void accepted(String errcode, String percent, String description) {
        assertEquals(description, Fault.of(errcode, percent).description());
    }

    @ParameterizedTest(name = "errcode {0}, {1}% → {2}")
    @CsvSource(nullValues = "null", value = {
            "-1,   130,  invalid-percent",
            "-1,   -1,   invalid-percent",
            "-1,   NaN,  invalid-percent",
            "-1,   Infinity, invalid-percent",
            "-1,   lots, invalid-percent",
            "-1,   30%%, invalid-percent",
            "-1,   null, missing-percent",
            "-1,   '  ', missing-percent",
            "0,    30,   invalid-errcode",
            "busy, 30,   invalid-errcode",
    })
    void refused(String errcode, String percent, String code) {
        DomainException e = assertThrows(DomainException.class, () -> Fault.of(errcode, percent));
        assertEquals(400, e.status());
        assertEquals(code, e.code());
    }

    @ParameterizedTest(name = "{0}% with random {1} → fails {2}")
    @CsvSource({
            "30,  0.0,    true",
            "30,  0.2999, true",
            "30,  0.3,    false",
            "30,  0.9999, false",
            "100, 0.9999, true",
            "0,   0.0,    false",
    })
    void aCallFailsWhenTheRandomNumberFallsInThePercentage(double percent, double random, boolean fails) {
        assertEquals(fails, Fault.of(-1, percent).fails(random));
    }

    @org.junit.jupiter.api.Test
    void theRefusalSaysWhatWasTypedAndWhatIsMeant() {
        DomainException e = assertThrows(DomainException.class, () -> Fault.of("-1", "130"));
        assertEquals("percent is the share of platform calls to fail, from 0 to 100 (30 means 30%); got 130",
                e.getMessage());
        assertEquals(30.0, Fault.of("-1", "30").percent());
    }
}
