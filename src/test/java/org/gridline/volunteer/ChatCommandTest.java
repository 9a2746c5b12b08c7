package org.gridline.volunteer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What follows a volunteer verb: numbers (Arabic or Chinese), codes, and title words. */
class ChatCommandTest {
    @ParameterizedTest(name = "{0} {1} → numbers {2}, code {3}, words {4}")
    @CsvSource(delimiter = '|', value = {
            "报名|报名 3|[3]||3",
            "报名|报名3|[3]||3",
            "报名|报名 周六清洁家园|[]||周六清洁家园",
            "报名|报名 周六清洁家园2号楼|[]||周六清洁家园2号楼",
            "兑换|兑换 #2|[2]||2",
            "兑换|兑换 2 两个|[2, 2]||22个",
            "兑换|兑换 12 3|[12, 3]||123",
            "签到|签到 012345|[12345]|012345|012345",
            "核销|核销 12345678|[12345678]|12345678|12345678",
            "取消报名|请帮我取消报名 第五个|[5]||第5个",
    })
    void parses(String verb, String text, String numbers, String code, String words) {
        ChatCommand c = ChatCommand.parse(verb, text);
        assertEquals(numbers, c.numbers().toString());
        assertEquals(code == null ? "" : code, c.code().orElse(""));
        assertEquals(words, c.words());
    }
}
