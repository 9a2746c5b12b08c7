package org.gridline.conversation.nlu;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumeralsTest {
    @ParameterizedTest
    @CsvSource({
        "三栋二单元, 3栋2单元",
        "三栋二单元三零一室, 3栋2单元301室",
        "十一月二十号, 11月20号",
        "两包, 2包",
        "二十三栋, 23栋",
        "一百零八号, 108号",
        "一直没人管, 一直没人管",
        "看一下, 看一下",
        "3栋, 3栋",
    })
    void rewritesNumeralsBeforeMeasureWords(String text, String expected) {
        assertEquals(expected, Numerals.normalize(text));
    }

    @ParameterizedTest
    @CsvSource({"十, 10", "十一, 11", "二十, 20", "三百零一, 301", "三零一, 301", "两千零二十四, 2024", "〇, 0", "x, -1"})
    void parsesNumerals(String numeral, int expected) {
        assertEquals(expected, Numerals.parse(numeral));
    }
}
