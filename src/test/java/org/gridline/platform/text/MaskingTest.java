package org.gridline.platform.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MaskingTest {

    @ParameterizedTest(name = "phone {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            13812345678   | 138****5678
            07501234567   | 075****4567
            12345678      | 123*5678
            1234567       | *****67
            123           | *23
            12            | **
            ''            | ''
            """)
    void masksPhones(String phone, String expected) {
        assertEquals(expected, Masking.phone(phone));
    }

    @ParameterizedTest(name = "name {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            张三丰   | 张**
            张三     | 张*
            欧阳娜娜 | 欧***
            张       | *
            𠀋三     | 𠀋*
            """)
    void masksNames(String name, String expected) {
        assertEquals(expected, Masking.name(name));
    }

    @ParameterizedTest(name = "openid {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            oAbC123456789xyz | oAbC…
            oAbC             | …
            """)
    void masksOpenids(String openid, String expected) {
        assertEquals(expected, Masking.openid(openid));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            电话13812345678请回电                 | 电话138****5678请回电
            电话 138-1234-5678                    | 电话 138-****-5678
            电话 138 1234 5678                    | 电话 138 **** 5678
            +8613812345678                        | +86138****5678
            身份证440703199001011234              | 身份证440703********1234
            身份证44070319900101123X，电话13900001111 | 身份证440703********123X，电话139****1111
            订单号 1381234567890 不是手机          | 订单号 1381234567890 不是手机
            12812345678 不是手机号                 | 12812345678 不是手机号
            没有号码                              | 没有号码
            """)
    void masksFreeText(String text, String expected) {
        assertEquals(expected, Masking.freeText(text));
    }

    @Test
    void isNullSafe() {
        assertNull(Masking.phone(null));
        assertNull(Masking.name(null));
        assertNull(Masking.openid(null));
        assertNull(Masking.freeText(null));
    }
}
