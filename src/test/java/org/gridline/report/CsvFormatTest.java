package org.gridline.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** RFC 4180 quoting and formula-injection neutralising, one row per case. */
class CsvFormatTest {
    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "路灯坏了                 | 路灯坏了",
            "a,b                      | `\"a,b\"`",
            "他说\"快来\"               | `\"他说\"\"快来\"\"\"`",
            "=HYPERLINK(\"http://x\") | `\"'=HYPERLINK(\"\"http://x\"\")\"`",
            "=1+2                     | '=1+2",
            "+86 138                  | '+86 138",
            "-1                       | '-1",
            "@SUM(A1)                 | '@SUM(A1)",
            "a=b                      | a=b",
            "1-2                      | 1-2",
            "=a,b                     | `\"'=a,b\"`"})
    void textIsNeutralisedAndQuoted(String value, String expected) {
        assertEquals(expected, CsvFormat.text(value));
    }

    @Test
    void lineBreaksAndTabsAreQuotedOrNeutralised() {
        assertEquals("\"第一行\r\n第二行\"", CsvFormat.text("第一行\r\n第二行"));
        assertEquals("\"a\nb\"", CsvFormat.text("a\nb"));
        assertEquals("'\tx", CsvFormat.text("\tx"));
        assertEquals("\"'\rx\"", CsvFormat.text("\rx"));
    }

    @Test
    void emptyAndNullAreEmptyFields() {
        assertEquals("", CsvFormat.text(null));
        assertEquals("", CsvFormat.text(""));
        assertEquals("", CsvFormat.plain(null));
    }

    @Test
    void plainValuesAreNotNeutralisedButStillQuoted() {
        assertEquals("-22.5", CsvFormat.plain("-22.5"));
        assertEquals("\"1,5\"", CsvFormat.plain("1,5"));
    }

    @Test
    void aLineEndsWithCrLf() {
        assertEquals("a,,\"b,c\"\r\n", CsvFormat.line(List.of("a", "", "\"b,c\"")));
    }

    @Test
    void theByteOrderMarkIsUtf8s() {
        byte[] bytes = CsvFormat.BOM.getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes);
    }
}
