package org.gridline.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** Plain text rules of the two forms, one row per phrasing. */
class ReportTextTest {
    @ParameterizedTest
    @CsvSource({"我要报事, true", "上报, true", "我想反映个问题, true", "投诉！, true", "有情况要上报一下, true",
            "楼下垃圾没人收, false", "3栋楼道灯坏了, false", "闻到煤气味, false"})
    void aBareRequestDescribesNothing(String text, boolean bare) {
        assertEquals(bare, ReportText.isBareRequest(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1|ENV", "2|FAC", "第3个|OTH", "2。|FAC", "市政设施|FAC", "应该是环境卫生吧|ENV",
            "4|", "0|", "不知道|"})
    void aCategoryIsPickedByNumberOrName(String text, String code) {
        assertEquals(Optional.ofNullable(code), ReportText.choice(text, List.of("ENV", "FAC", "OTH"),
                List.of("环境卫生", "市政设施", "其他")));
    }

    @ParameterizedTest
    @CsvSource({"人民路和建设路交叉口, true", "美宜佳便利店门口, true", "菜市场旁边, true", "地铁站B出口, true",
            "中山公园, true", "学校对面, true", "幸福小区3栋, true", "不知道, false", "不清楚, false", "说不上来, false",
            "我也不太知道, false", "你好, false", "好的, false", "在哪里报修？, false", "电话号码13800138000, false",
            "嗯, false", "'', false"})
    void anAnswerNamesAPlaceEvenOneNoGridKnows(String text, boolean place) {
        assertEquals(place, ReportText.looksLikePlace(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"张三|张三", "我叫李四。|李四", "姓名：欧阳娜娜|欧阳娜娜", "我不知道怎么填这个|",
            "13800138000|"})
    void aNameAnswer(String text, String name) {
        assertEquals(Optional.ofNullable(name), RegistrationText.name(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"广州|广州", "从湖北武汉回来的|湖北武汉", "来自深圳|深圳", "昨天|昨天", "13800138000|"})
    void anOriginAnswer(String text, String origin) {
        assertEquals(Optional.ofNullable(origin), RegistrationText.origin(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"住在白沙街道昌盛社区|白沙街道昌盛社区", "我从广州回来，住幸福小区3栋，电话1|幸福小区3栋",
            "暂住于群星苑5栋601|群星苑5栋601", "刚到|"})
    void whereTheyStay(String text, String stay) {
        assertEquals(Optional.ofNullable(stay), RegistrationText.stay(text));
    }
}
