package org.gridline.conversation.nlu;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SlotExtractorTest {
    /** A Wednesday. */
    private static final LocalDate TODAY = LocalDate.of(2024, 11, 27);

    private static Slots extract(String text) {
        return NluFixtures.SLOTS.extract(text, TODAY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "电话13800138000                  | 13800138000",
        "我的手机是 138 0013 8000          | 13800138000",
        "联系我138-0013-8000谢谢           | 13800138000",
        "+86 13912345678                  | 13912345678",
        "８６１３９１２３４５６７８ 全角      | 13912345678",
        "工单R2024112700001              | -",
        "12345678901                      | -",
        "固话0750-3301234                 | -",
    })
    void findsAMobileNumber(String text, String expected) {
        assertEquals(expected.equals("-") ? Optional.empty() : Optional.of(expected), extract(text).phone());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "幸福小区3栋2单元301门口垃圾没人清      | 幸福小区3栋2单元301",
        "我家住在幸福小区三栋二单元              | 幸福小区3栋2单元",
        "三栋楼下路灯坏了                        | 3栋",
        "阳光花园的5栋1202室漏水                 | 阳光花园5栋1202室",
        "在昌盛路12号门口                        | 昌盛路12号",
        "锦绣家园东门有人摆摊                    | 锦绣家园东门",
        "路灯坏了                                | -",
    })
    void findsAnAddress(String text, String expected) {
        assertEquals(expected.equals("-") ? Optional.empty() : Optional.of(expected), extract(text).address());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "我从广州回来了                | 广州",
        "从湖北武汉来的               | 湖北武汉",
        "刚从深圳返回江门              | 深圳",
        "我们一家来自广西玉林，昨天到的  | 广西玉林",
        "我回来了                     | -",
    })
    void findsTheOrigin(String text, String expected) {
        assertEquals(expected.equals("-") ? Optional.empty() : Optional.of(expected), extract(text).origin());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-11-27 | 11月20号到的          | 2024-11-20",
        "2024-11-27 | 十一月二十日到        | 2024-11-20",
        "2024-11-27 | 20号到的             | 2024-11-20",
        "2024-11-27 | 28号到的             | 2024-10-28",
        "2024-03-05 | 31号回来的           | 2024-01-31",
        "2024-11-27 | 昨天                 | 2024-11-26",
        "2024-11-27 | 前天回来的           | 2024-11-25",
        "2024-11-27 | 今天刚到             | 2024-11-27",
        "2024-11-27 | 上周五到的           | 2024-11-22",
        "2024-11-27 | 上星期天回来         | 2024-11-24",
        "2024-11-27 | 周一到的             | 2024-11-25",
        "2024-11-27 | 三天前回来的         | 2024-11-24",
        "2025-01-03 | 12月30号到的         | 2024-12-30",
        "2025-01-03 | 30号到的             | 2024-12-30",
        "2024-11-27 | 2024年11月2日到      | 2024-11-02",
        "2024-11-27 | 住在3号楼            | -",
        "2024-11-27 | 昌盛路12号           | -",
    })
    void resolvesTheDateAgainstTheMessageDate(LocalDate today, String text, String expected) {
        Optional<LocalDate> date = NluFixtures.SLOTS.extract(text, today).arrivalDate();
        assertEquals(expected.equals("-") ? Optional.empty() : Optional.of(LocalDate.parse(expected)), date);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "我叫张三，电话13800138000   | 张三",
        "我叫李小明住3栋            | 李小明",
        "姓名：王芳                | 王芳",
        "我叫王芳住在幸福小区        | 王芳",
        "我是3栋的                 | -",
    })
    void findsAName(String text, String expected) {
        assertEquals(expected.equals("-") ? Optional.empty() : Optional.of(expected), extract(text).name());
    }

    @Test
    void findsQuantitiesButNotPhoneDigits() {
        assertEquals(List.of(new Quantity(2, "包"), new Quantity(1, "桶")), extract("想兑换两包纸巾和一桶油").quantities());
        assertEquals(List.of(), extract("电话13800138000").quantities());
    }

    @Test
    void readsARegistrationSentenceAtOnce() {
        Slots slots = extract("我从广州回来了，11月20号到的江门，住在白沙街道昌盛社区幸福小区3栋，电话138 0013 8000，我叫陈建国");
        assertEquals(Optional.of("广州"), slots.origin());
        assertEquals(Optional.of(LocalDate.of(2024, 11, 20)), slots.arrivalDate());
        assertEquals(Optional.of("白沙街道昌盛社区幸福小区3栋"), slots.address());
        assertEquals(Optional.of("13800138000"), slots.phone());
        assertEquals(Optional.of("陈建国"), slots.name());
    }
}
