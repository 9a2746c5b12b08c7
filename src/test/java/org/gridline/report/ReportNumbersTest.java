package org.gridline.report;

import org.gridline.platform.text.TextNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The shape of a report number and of the references people type for it (the whole number or its last 4 digits). */
class ReportNumbersTest {
    private static final String NONE = "-";

    @ParameterizedTest(name = "{0}: number {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "R2026112900017           | true",
            "r2026112900017           | false",
            "R202611290001            | false",
            "R20261129000170          | false",
            "2026112900017            | false",
            "' R2026112900017'        | false",
            "Ｒ２０２６１１２９０００１７ | false",
            "''                       | false",
            "NULL                     | false"})
    void aWholeNumberIsAnUpperCaseRAndThirteenAsciiDigits(String text, boolean number) {
        assertEquals(number, ReportNumbers.isNumber(text));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "0017              | 0017",
            "R0017             | 0017",
            "r0017             | 0017",
            "R2026112900017    | -",
            "017               | -",
            "00017             | -",
            "abcd              | -",
            "' 0017'           | -",
            "００１７            | -",
            "''                | -"})
    void aShortReferenceIsFourDigitsWithOrWithoutR(String text, String digits) {
        assertEquals(optional(digits), ReportNumbers.shortReference(text));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "查询 R2026112900017 的进度 | R2026112900017",
            "进度 r2026112900017       | R2026112900017",
            "查询0017                 | 0017",
            "0017号处理得怎么样         | 0017",
            "查询 12345               | -",
            "电话 13800138000         | -",
            "查询 R20261129           | -",
            "查询 ００１７              | -",
            "我的上报                  | -"})
    void theFirstReferenceInAMessage(String text, String reference) {
        assertEquals(optional(reference), ReportNumbers.referenceIn(text));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "查询 ００１７              | 0017",
            "进度 Ｒ２０２６１１２９０００１７ | R2026112900017"})
    void theChatAcceptsFullWidthDigitsBecauseItNormalisesFirst(String text, String reference) {
        assertEquals(optional(reference), ReportNumbers.referenceIn(TextNormalizer.normalize(text)));
    }

    @ParameterizedTest(name = "{0} → [{1}]")
    @CsvSource(delimiter = '|', value = {
            "办结 R2026112900017 已修好 | ' 已修好'",
            "办结 0017，已修好          | ，已修好",
            "办结 0017                 | ''",
            "办结 已修好                | -"})
    void whatFollowsTheReference(String text, String rest) {
        assertEquals(optional(rest), ReportNumbers.afterReference(text, text.indexOf("办结")));
    }

    @ParameterizedTest(name = "{1} means {0}: {2}")
    @CsvSource({"R2026112900017, 0017, true", "R2026112900017, 9017, false", "R2026112800017, 0017, true"})
    void fourDigitsMeanTheNumbersEndingInThem(String number, String digits, boolean meant) {
        assertEquals(meant, ReportNumbers.isMeantBy(number, digits));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"R2026112900017", "R2026112900042"})
    void aFormattedNumberIsFoundInAReply(String number) {
        String reply = "已受理，编号 " + number + "。";
        assertEquals(Optional.of(number), ReportNumbers.firstIn(reply));
        assertEquals(Optional.empty(), ReportNumbers.firstIn("没有编号"));
    }

    private static Optional<String> optional(String value) {
        return NONE.equals(value) ? Optional.empty() : Optional.of(value);
    }
}
