package org.gridline.conversation.nlu;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IntentRecognizerTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "取消                      | CANCEL",
        "算了，不报了               | CANCEL",
        "确认                      | CONFIRM",
        "是的                      | CONFIRM",
        "对                        | CONFIRM",
        "1                         | CONFIRM",
        "好的                      | CONFIRM",
        "跳过                      | SKIP",
        "改地址                    | CORRECT",
        "地址说错了，是5栋不是3栋     | CORRECT",
        "重新说                    | CORRECT",
        "继续                      | RESUME",
        "关注                      | FOLLOW",
        "我要报备                   | REGISTRATION",
        "我从广州回来了              | REGISTRATION",
        "返乡登记                   | REGISTRATION",
        "我的上报                   | MY_REPORTS",
        "查询进度                   | MY_REPORTS",
        "你好                      | HELP",
        "菜单                      | HELP",
        "?                         | HELP",
        "谢谢                      | UNKNOWN",
        "哈哈                      | UNKNOWN",
        "👍👍                      | UNKNOWN",
        "社区服务中心几点开门？       | UNKNOWN",
        "垃圾分类几点投放？          | UNKNOWN",
        "谢谢你们，路灯已经修好了     | UNKNOWN",
        "路灯坏了                   | REPORT",
        "我要投诉                   | REPORT",
        "你好，小区门口垃圾堆了好几天  | REPORT",
        "厨房有煤气味               | REPORT",
        "我从超市回来发现电动车被偷了  | REPORT",
        "路灯修好了又坏了            | REPORT",
    })
    void recognizes(String text, Intent expected) {
        assertEquals(expected, NluFixtures.INTENTS.recognize(text).intent(), text);
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "接单 R2024112700001     | WORKER_COMMAND | 接单   | R2024112700001",
        "办结1234               | WORKER_COMMAND | 办结   | 1234",
        "退回 5678 不是我们网格的 | WORKER_COMMAND | 退回   | 5678",
        "我的工单               | WORKER_COMMAND | 我的工单 | -",
        "接单                   | WORKER_COMMAND | 接单   | -",
        "办结 12 修好了           | WORKER_COMMAND | 办结   | -",
        "查询 R2024112700001    | MY_REPORTS     | ''     | R2024112700001",
        "接单 Ｒ２０２４１１２７００００１ | WORKER_COMMAND | 接单 | R2024112700001",
        "办结 ００１７ 修好了       | WORKER_COMMAND | 办结   | 0017",
        "接单 r20241127000010   | WORKER_COMMAND | 接单   | -",
        "接单 12345             | WORKER_COMMAND | 接单   | -",
        "进度 ００４２            | MY_REPORTS     | ''     | 0042",
        "查询 R20241127         | MY_REPORTS     | ''     | -",
        "报名                   | VOLUNTEER      | 报名   | -",
        "取消报名               | VOLUNTEER      | 取消报名 | -",
        "签到码                 | VOLUNTEER      | 签到码  | -",
        "我有多少积分             | VOLUNTEER      | 积分   | -",
        "核销 8832              | VOLUNTEER      | 核销   | -",
        "不满意，路灯还是不亮      | RATING         | 不满意  | -",
        "基本满意                | RATING         | 基本满意 | -",
        "非常满意                | RATING         | 满意   | -",
    })
    void extractsVerbAndReference(String text, Intent intent, String verb, String reference) {
        Recognition r = NluFixtures.INTENTS.recognize(text);
        assertEquals(intent, r.intent(), text);
        assertEquals(verb, r.verb(), text);
        assertEquals(reference.equals("-") ? Optional.empty() : Optional.of(reference), r.reference(), text);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"恢复供水了吗", "签收快递的地方太乱了", "退回来的钱什么时候到"})
    void aWorkerVerbFollowedByOtherWordsIsNoCommand(String text) {
        org.junit.jupiter.api.Assertions.assertNotEquals(Intent.WORKER_COMMAND,
                NluFixtures.INTENTS.recognize(text).intent(), text);
    }
}
