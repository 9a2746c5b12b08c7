package org.gridline.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which messages get the "this service works in Chinese" hint: letters and no Chinese character, one row each. */
class ChineseTextTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"hello|true", "The street lamp is broken|true", "Straßenlampe kaputt|true",
            "привет|true", "ok 👍|true", "你好|false", "3栋 lamp broken|false", "123|false", "👍|false", "...|false",
            "こんにちは|true", "안녕하세요|true", "今日は|false", "R2026112900017|false", "a|false"})
    void foreignMeansLettersWithoutChinese(String text, boolean foreign) {
        assertEquals(foreign, ChineseText.isForeign(text));
    }
}
