package org.gridline.report.workorder;

import org.gridline.report.workorder.ReportReference.Ambiguous;
import org.gridline.report.workorder.ReportReference.Found;
import org.gridline.report.workorder.ReportReference.Malformed;
import org.gridline.report.workorder.ReportReference.NotFound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A worker's report reference: the whole number, or its last four digits when that is unambiguous for this worker. */
class ReportReferenceTest {
    private static final List<String> OPEN = List.of("R2026112900017", "R2026112800017", "R2026112900042");

    @ParameterizedTest
    @CsvSource({
            "R2026112900017,   R2026112900017",
            "r2026112900042,   R2026112900042",
            "' R2026112900042 ', R2026112900042",
            "0042,             R2026112900042",
            "R0042,            R2026112900042"})
    void aWholeNumberOrUniqueLastFourDigitsFindsTheReport(String text, String number) {
        assertEquals(new Found(number), ReportReference.resolve(text, OPEN));
    }

    @Test
    void lastFourDigitsSharedByTwoOpenReportsAreAmbiguous() {
        assertEquals(new Ambiguous(List.of("R2026112800017", "R2026112900017")), ReportReference.resolve("0017", OPEN));
    }

    @ParameterizedTest
    @CsvSource({"R2026112900099, R2026112900099", "9999, 9999"})
    void aReferenceToNoneOfTheWorkersOpenReportsIsNotFound(String text, String reference) {
        assertEquals(new NotFound(reference), ReportReference.resolve(text, OPEN));
    }

    @ParameterizedTest
    @CsvSource(value = {"017", "00017", "R20261129", "abcd", "''", "NULL"}, nullValues = "NULL")
    void anythingElseIsMalformed(String text) {
        assertEquals(new Malformed(text), ReportReference.resolve(text, OPEN));
    }

    @Test
    void noOpenReportsFindsNothing() {
        assertEquals(new NotFound("0017"), ReportReference.resolve("0017", List.of()));
    }
}
