package org.gridline.report;

import org.gridline.grid.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.*;

/** When a new report is probably one already filed; and how report numbers look. */
class DuplicateRuleTest {
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-29T10:00:00+08:00");
    private static final GeoPoint HERE = new GeoPoint(22.5780, 113.0790);
    private final DuplicateRule rule = new DuplicateRule(100);

    @ParameterizedTest
    @CsvSource({
            "ENV, true,  1,  0.0005, ,           ENV, true",   // ~55 m away
            "ENV, true,  1,  0.0010, ,           ENV, false",  // ~111 m away
            "ENV, true,  1,  0.0010, 幸福小区3栋, ENV, true",   // far, but the same building
            "FAC, true,  1,  0.0000, ,           ENV, false",  // another category
            "ENV, false, 1,  0.0000, ,           ENV, false",  // resolved or closed
            "ENV, true,  80, 0.0000, ,           ENV, false"}) // older than the 72 h window
    void sameCategoryOpenRecentAndNearOrInTheSameBuilding(String filedCategory, boolean open, int hoursAgo,
                                                          double dLat, String building, String category,
                                                          boolean duplicate) {
        var filed = new DuplicateRule.Filed(filedCategory, open, NOW.minusHours(hoursAgo),
                new GeoPoint(HERE.lat() + dLat, HERE.lng()), "幸福小区3栋");
        assertEquals(duplicate, rule.isDuplicate(filed, category, HERE, building, NOW.minusHours(72)));
    }

    @Test
    void aFiledReportWithoutAPinIsADuplicateOnlyByBuilding() {
        var filed = new DuplicateRule.Filed("ENV", true, NOW, null, "幸福小区3栋");
        assertTrue(rule.isDuplicate(filed, "ENV", null, "幸福小区3栋", NOW.minusHours(72)));
        assertFalse(rule.isDuplicate(filed, "ENV", HERE, null, NOW.minusHours(72)));
    }

    @ParameterizedTest
    @CsvSource({"2026-11-29, 17, R2026112900017", "2027-01-01, 1, R2027010100001", "2026-12-31, 99999, R2026123199999"})
    void numbersAreTheDayAndItsFiveDigitSequence(LocalDate day, int seq, String number) {
        assertEquals(number, ReportNumbers.format(day, seq));
        assertTrue(ReportNumbers.isNumber(number));
    }

    @Test
    void aSequenceBeyondFiveDigitsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ReportNumbers.format(LocalDate.of(2026, 1, 1), 100_000));
    }
}
