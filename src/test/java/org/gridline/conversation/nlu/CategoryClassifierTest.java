package org.gridline.conversation.nlu;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CategoryClassifierTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "井盖丢了好危险                 | FAC | true",
        "小区门口垃圾没人清，臭死了       | ENV | true",
        "楼道里有人飞线充电             | SAF | true",
        "我的电动车被偷了               | ORD | true",
        "楼上漏水到我家，楼上不给修       | DIS | true",
        "门口天天有人占道经营           | CIV | true",
        "路口红绿灯坏了                 | TRA | true",
        "隔壁好几个人发烧咳嗽           | EPI | true",
        "独居老人没人照顾               | WEL | true",
        "物业不作为                     | OTH | true",
        "垃圾                         | ENV | true",
    })
    void ranksTheExpectedCategoryFirst(String text, String code, boolean confident) {
        Classification c = NluFixtures.CLASSIFIER.classify(text);
        assertEquals(code, c.top().category().code(), () -> text + " → " + c);
        assertEquals(confident, c.confident(), () -> text + " → " + c);
    }

    @Test
    void longestPhraseWinsOverItsKeyword() {
        Candidate top = NluFixtures.CLASSIFIER.classify("井盖丢了").top();
        assertEquals(List.of("井盖丢了"), top.phrases());
        assertEquals(CategoryClassifier.SYNONYM, top.score());
    }

    @Test
    void isNotConfidentWithoutAnyEvidence() {
        Classification c = NluFixtures.CLASSIFIER.classify("今天天气不错");
        assertFalse(c.confident(), c::toString);
        assertTrue(c.candidates().size() >= 2, c::toString);
    }

    @Test
    void isNotConfidentWhenTwoCategoriesAreClose() {
        Classification c = NluFixtures.CLASSIFIER.classify("楼道灯坏了，还有人在楼道充电");
        assertFalse(c.confident(), c::toString);
        assertTrue(c.candidates().size() >= 2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "厨房有很大的煤气味           | 119     | SAF",
        "三楼着火了！！               | 119     | SAF",
        "楼下有人打架，还拿着刀        | 110     | ORD",
        "菜市场门口有人晕倒了          | 120     | WEL",
        "有小孩溺水                   | 110 120 | SAF",
        "电梯困人了快来               | 119     | FAC",
    })
    void detectsEmergencies(String text, String phones, String code) {
        Emergency e = NluFixtures.EMERGENCIES.detect(text).orElseThrow(() -> new AssertionError(text));
        assertEquals(List.of(phones.split(" ")), e.phones());
        assertEquals(code, e.categoryCode());
    }

    @ParameterizedTest
    @CsvSource({"已经没有煤气味了", "不是着火，是烧烤", "路灯坏了", "邻居吵架"})
    void ignoresNegatedOrOrdinaryMessages(String text) {
        assertEquals(Optional.empty(), NluFixtures.EMERGENCIES.detect(text));
    }
}
