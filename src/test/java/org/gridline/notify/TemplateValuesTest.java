package org.gridline.notify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateValuesTest {
    private final TemplateValues values = new TemplateValues(QuotaReset.PLATFORM_ZONE);

    private String prepare(String key, Object value) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(key, value);
        return values.prepare(data).get(key);
    }

    private InvalidTemplateDataException refused(String key, Object value) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(key, value);
        return assertThrows(InvalidTemplateDataException.class, () -> values.prepare(data));
    }

    @ParameterizedTest(name = "{0} = \"{1}\" → \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "thing1            | 楼道堆物                                  | 楼道堆物",
        "thing2            | 一二三四五六七八九十一二三四五六七八九十   | 一二三四五六七八九十一二三四五六七八九十",
        "thing3            | 一二三四五六七八九十一二三四五六七八九十一 | 一二三四五六七八九十一二三四五六七八九…",
        "thing4            | '  3号楼\n2单元  '                       | 3号楼 2单元",
        "number1           | 42                                        | 42",
        "number2           | -3.50                                     | -3.50",
        "number3           | 12345678901234567890123456789012          | 12345678901234567890123456789012",
        "letter1           | ABCxyz                                    | ABCxyz",
        "symbol1           | %                                         | %",
        "symbol2           | ★☆→!?                                    | ★☆→!?",
        "character_string1 | R-2026-11-29/017                          | R-2026-11-29/017",
        "character_string2 | abcdefghijklmnopqrstuvwxyz012345          | abcdefghijklmnopqrstuvwxyz012345",
        "phrase1           | 已受理                                    | 已受理",
        "phrase2           | 处理中请等                                | 处理中请等",
        "name1             | 张三                                      | 张三",
        "name2             | 阿卜杜·热合曼                             | 阿卜杜·热合曼",
        "name3             | 一二三四五六七八九十一二                  | 一二三四五六七八九十",
        "name4             | Li Lei                                    | Li Lei",
        "name5             | Maximilian Alexander Smith                | Maximilian Alexander",
        "phone_number1     | +86-138-0013-8000                         | +86-138-0013-8000",
        "phone_number2     | 138 0013 8000                             | 13800138000",
        "car_number1       | 粤B12345                                  | 粤B12345",
        "car_number2       | 粤BD12345                                 | 粤BD12345",
        "car_number3       | 粤B1234学                                 | 粤B1234学",
        "amount1           | 128                                       | 128",
        "amount2           | ¥128.50                                   | ¥128.50",
        "amount3           | 99.9元                                    | 99.9元",
        "amount4           | 1234567890                                | 1234567890",
        "time1             | 2026年11月29日 15:01                      | 2026年11月29日 15:01",
        "time2             | 2026-11-29T15:01:30                       | 2026年11月29日 15:01",
        "time3             | 2026-11-29T07:01:30Z                      | 2026年11月29日 15:01",
        "time4             | 2026-11-29T15:01+08:00                    | 2026年11月29日 15:01",
        "date1             | 2026-11-29                                | 2026年11月29日",
        "date2             | 2026-03-05T23:59:00                       | 2026年3月5日",
        "date3             | 2026-03-05T16:30:00Z                      | 2026年3月6日",
        "date4             | 2026年3月5日                              | 2026年3月5日",
    })
    void acceptsOrFitsTheValue(String key, String input, String expected) {
        assertEquals(expected, prepare(key, input.replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "{0} = \"{1}\" is refused: {2}")
    @CsvSource(delimiter = '|', value = {
        "thing1            | '   '                                     | empty",
        "number1           | 12a                                       | digits",
        "number2           | 1,000                                     | digits",
        "number3           | 123456789012345678901234567890123         | at most 32",
        "letter1           | abc1                                      | letters only",
        "symbol1           | %%%%%%                                    | at most 5",
        "symbol2           | 5%                                        | symbols only",
        "character_string1 | 编号17                                    | ASCII",
        "character_string2 | abcdefghijklmnopqrstuvwxyz0123456         | at most 32",
        "phrase1           | 已受理了的啊                              | at most 5",
        "phrase2           | OK                                        | Chinese",
        "name1             | 张三3                                     | Chinese characters or letters",
        "phone_number1     | 138-0013-8000 ext 5                       | digits",
        "phone_number2     | +86-138-0013-8000-12                      | at most 17",
        "car_number1       | 粤B-12345                                 | plate",
        "car_number2       | 粤B1234567                                | at most 8",
        "amount1           | 12345678901                               | at most 10 digits",
        "amount2           | 1234567890.5                              | at most 10 digits",
        "amount3           | -5                                        | currency",
        "amount4           | 五元                                      | currency",
        "time1             | tomorrow                                  | ISO-8601",
        "time2             | 2026-11-29                                | time of day",
        "date1             | 29/11/2026                                | ISO-8601",
        "keyword1          | x                                         | unknown key type",
        "Thing1            | x                                         | unknown key type",
        "1                 | x                                         | unknown key type",
    })
    void refusesWhatWouldComeBack47003(String key, String input, String reasonPart) {
        InvalidTemplateDataException e = refused(key, input);
        assertEquals(List.of(key), e.keys());
        String reason = e.violations().get(0).reason();
        assertTrue(reason.contains(reasonPart), "reason was: " + reason);
    }

    static Stream<Arguments> typedValues() {
        return Stream.of(
                Arguments.of("number1", 42, "42"),
                Arguments.of("number2", 1.5e10, "15000000000"),
                Arguments.of("number3", new BigDecimal("-0.25"), "-0.25"),
                Arguments.of("amount1", new BigDecimal("128.50"), "128.50"),
                Arguments.of("time1", Instant.parse("2026-11-29T07:01:00Z"), "2026年11月29日 15:01"),
                Arguments.of("time2", LocalDateTime.of(2026, 1, 2, 3, 4), "2026年1月2日 03:04"),
                Arguments.of("time3", ZonedDateTime.parse("2026-11-29T08:01:00+09:00[Asia/Tokyo]"),
                        "2026年11月29日 07:01"),
                Arguments.of("time4", OffsetDateTime.parse("2026-11-29T23:30:00Z"), "2026年11月30日 07:30"),
                Arguments.of("date1", LocalDate.of(2026, 12, 31), "2026年12月31日"),
                Arguments.of("date2", Instant.parse("2026-12-31T16:00:00Z"), "2027年1月1日"));
    }

    @ParameterizedTest(name = "{0} = {1} → \"{2}\"")
    @MethodSource("typedValues")
    void acceptsNumbersAndDateTimes(String key, Object input, String expected) {
        assertEquals(expected, prepare(key, input));
    }

    static Stream<Arguments> oddValues() {
        return Stream.of(
                Arguments.of("number1", Double.NaN, "not a finite number"),
                Arguments.of("thing1", null, "missing value"),
                Arguments.of("time1", null, "missing value"),
                Arguments.of("thing2", new Object(), "unsupported value type"),
                Arguments.of("time2", 1_700_000_000L, "not a date or time"),
                Arguments.of("time3", LocalDate.of(2026, 11, 29), "a time needs a time of day, got a date"));
    }

    @ParameterizedTest(name = "{0} = {1} is refused: {2}")
    @MethodSource("oddValues")
    void refusesOddTypes(String key, Object value, String reason) {
        InvalidTemplateDataException e = refused(key, value);
        assertEquals(List.of(new InvalidTemplateDataException.Violation(key, reason)), e.violations());
    }

    @Test
    void emojiAreNeverCutInHalf() {
        String twenty = "😀".repeat(20);
        assertEquals(twenty, prepare("thing1", twenty));
        String cut = prepare("thing2", "😀".repeat(25));
        assertEquals("😀".repeat(19) + "…", cut);
        assertEquals(20, cut.codePointCount(0, cut.length()));
        String mixed = prepare("thing3", "a".repeat(18) + "😀😀😀");
        assertEquals("a".repeat(18) + "😀…", mixed);
        assertTrue(wellFormed(cut) && wellFormed(mixed));
    }

    private static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(++i)))) {
                return false;
            }
            if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void reportsEveryBadKeyAtOnceWithoutEchoingValues() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("thing1", "ok");
        data.put("number2", "13800138000x");
        data.put("phrase3", "张三李四王五赵");
        InvalidTemplateDataException e = assertThrows(InvalidTemplateDataException.class, () -> values.prepare(data));
        assertEquals(List.of("number2", "phrase3"), e.keys());
        assertFalse(e.getMessage().contains("13800138000"), e.getMessage());
        assertFalse(e.getMessage().contains("张三"), e.getMessage());
    }

    @Test
    void keepsTheKeyOrder() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("time2", "2026-11-29T15:01");
        data.put("thing1", "楼道堆物");
        data.put("phrase3", "已受理");
        assertEquals(List.of("time2", "thing1", "phrase3"), List.copyOf(values.prepare(data).keySet()));
    }
}
