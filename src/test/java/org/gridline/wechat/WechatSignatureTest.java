package org.gridline.wechat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.gridline.wechat.Vectors.*;
import static org.junit.jupiter.api.Assertions.*;

class WechatSignatureTest {

    @Test
    void v1PlainSignature() {
        assertEquals(V1_SIGNATURE, WechatSignature.sign(V1_TOKEN, V1_TIMESTAMP, V1_NONCE));
    }

    @Test
    void v1MsgSignature() {
        assertEquals(V1_MSG_SIGNATURE, WechatSignature.sign(V1_TOKEN, V1_TIMESTAMP, V1_NONCE, V1_ENCRYPT));
    }

    @Test
    void orderOfPartsDoesNotMatter() {
        assertEquals(WechatSignature.sign("b", "a", "c"), WechatSignature.sign("c", "b", "a"));
        assertEquals(WechatSignature.sign("abc"), WechatSignature.sign("c", "ab"), "sorted, then concatenated");
        assertEquals("a9993e364706816aba3e25717850c26c9cd0d89d", WechatSignature.sign("abc"), "SHA-1 of abc");
    }

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource(nullValues = "NULL", value = {
            "16120ec1b8dbb870f510d87ce6bc2463eae6ca1a, 16120ec1b8dbb870f510d87ce6bc2463eae6ca1a, true",
            "16120ec1b8dbb870f510d87ce6bc2463eae6ca1a, 16120EC1B8DBB870F510D87CE6BC2463EAE6CA1A, true",
            "16120ec1b8dbb870f510d87ce6bc2463eae6ca1a, 16120ec1b8dbb870f510d87ce6bc2463eae6ca1b, false",
            "16120ec1b8dbb870f510d87ce6bc2463eae6ca1a, 16120ec1b8dbb870f510d87ce6bc2463eae6ca1, false",
            "16120ec1b8dbb870f510d87ce6bc2463eae6ca1a, '', false",
            "16120ec1b8dbb870f510d87ce6bc2463eae6ca1a, NULL, false",
            "NULL, 16120ec1b8dbb870f510d87ce6bc2463eae6ca1a, false",
            "NULL, NULL, false",
    })
    void matches(String expected, String actual, boolean match) {
        assertEquals(match, WechatSignature.matches(expected, actual));
    }
}
