package org.gridline.notify;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What staff see of a dead letter: the text the user missed, phones and ID numbers masked. */
class DeadLetterTextTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"touser\":\"o1\",\"msgtype\":\"text\",\"text\":{\"content\":\"已受理 R20261203-0001\"}} | 已受理 R20261203-0001",
        "{\"touser\":\"o1\",\"msgtype\":\"text\",\"text\":{\"content\":\"网格员电话 13812345678\"}} | 网格员电话 138****5678",
        "{\"touser\":\"o1\",\"template_id\":\"T\",\"data\":{\"time2\":{\"value\":\"12月3日\"},\"thing1\":{\"value\":\"楼道堆"
                + "物\"}}} | thing1: 楼道堆物; time2: 12月3日",
        "{\"touser\":\"o1\",\"template_id\":\"T\",\"data\":{\"phone_number3\":{\"value\":\"13912345678\"}}} | "
                + "phone_number3: 139****5678",
        "{\"touser\":\"o1\",\"msgtype\":\"link\",\"link\":{\"title\":\"活动通知\",\"url\":\"https://x\"}} | 活动通知",
    })
    void theTextAUserMissed(String body, String expected) {
        assertEquals(expected, org.gridline.platform.text.Masking.freeText(DeadLetter.textOf(body)));
    }
}
