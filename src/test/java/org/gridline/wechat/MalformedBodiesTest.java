package org.gridline.wechat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.gridline.wechat.RejectReason.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Bodies that must be refused with a short code (and the field), never a crash; and odd but valid ones that must parse.
 */
class MalformedBodiesTest {
    private final MessageCodec codec = new MessageCodec();

    private static MessageBuilder text() {
        return MessageBuilder.text("o1", 1772352000L, "hi");
    }

    private static MessageBuilder location() {
        return MessageBuilder.of("o1", 1, "location").with("MsgId", "1").with("Location_X", "23.1")
                .with("Location_Y", "113.3");
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of(text().with("CreateTime", "abc"), BAD_FIELD, "CreateTime"),
                Arguments.of(text().with("CreateTime", "1.7E9"), BAD_FIELD, "CreateTime"),
                Arguments.of(text().with("MsgId", "x123"), BAD_FIELD, "MsgId"),
                Arguments.of(text().with("MsgId", "99999999999999999999"), BAD_FIELD, "MsgId"),
                Arguments.of(location().with("Location_X", "abc"), BAD_FIELD, "Location_X"),
                Arguments.of(location().with("Location_X", "NaN"), BAD_FIELD, "Location_X"),
                Arguments.of(location().with("Location_Y", "1e2"), BAD_FIELD, "Location_Y"),
                Arguments.of(location().with("Location_X", "91.0"), BAD_FIELD, "Location_X"),
                Arguments.of(location().with("Scale", "big"), BAD_FIELD, "Scale"),
                Arguments.of(text().without("ToUserName"), MISSING_FIELD, "ToUserName"),
                Arguments.of(text().without("FromUserName"), MISSING_FIELD, "FromUserName"),
                Arguments.of(text().with("FromUserName", "  "), MISSING_FIELD, "FromUserName"),
                Arguments.of(text().without("CreateTime"), MISSING_FIELD, "CreateTime"),
                Arguments.of(text().without("MsgType"), MISSING_FIELD, "MsgType"),
                Arguments.of(text().without("MsgId"), MISSING_FIELD, "MsgId"),
                Arguments.of(MessageBuilder.of("o1", 1, "event"), MISSING_FIELD, "Event"),
                Arguments.of(text().with("FromUserName", "o".repeat(129)), TOO_LONG, "FromUserName"),
                Arguments.of(text().with("MsgType", "t".repeat(65)), TOO_LONG, "MsgType"),
                Arguments.of(MessageBuilder.of("o1", 1, "event").with("Event", "e".repeat(65)), TOO_LONG, "Event"));
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("malformed")
    void refusedInXml(MessageBuilder body, RejectReason reason, String field) {
        assertMalformed(body.xml(), reason, field);
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("malformed")
    void refusedInJson(MessageBuilder body, RejectReason reason, String field) {
        assertMalformed(body.json(), reason, field);
    }

    static Stream<Arguments> rawMalformed() {
        String deepXml = "<a>".repeat(9) + "</a>".repeat(9);
        String deepJson = "{\"a\":".repeat(8) + "{}" + "}".repeat(8);
        return Stream.of(
                Arguments.of("", EMPTY_BODY), Arguments.of("  \n ", EMPTY_BODY),
                Arguments.of("success", UNKNOWN_FORMAT), Arguments.of("[1,2]", UNKNOWN_FORMAT),
                Arguments.of("<xml><a></xml>", MALFORMED_XML), Arguments.of("<xml>&undeclared;</xml>", MALFORMED_XML),
                Arguments.of("{\"a\":", MALFORMED_JSON), Arguments.of("{\"a\":1} {}", MALFORMED_JSON),
                Arguments.of("{'a':1}", MALFORMED_JSON), Arguments.of("{\"a\":NaN}", MALFORMED_JSON),
                Arguments.of(deepXml, TOO_DEEP), Arguments.of(deepJson, TOO_DEEP),
                Arguments.of("<xml>" + "<a/>".repeat(1001) + "</xml>", TOO_MANY_ELEMENTS),
                Arguments.of("{\"a\":[" + "1,".repeat(1000) + "1]}", TOO_MANY_ELEMENTS),
                Arguments.of("{\"Content\":\"" + "x".repeat(300_000) + "\"}", TOO_LONG),
                Arguments.of("<xml><Content>" + "x".repeat(300_000) + "</Content></xml>", TOO_LONG),
                Arguments.of(text().xml().replace("</xml>", "<MsgType>image</MsgType></xml>"), DUPLICATE_FIELD),
                Arguments.of(text().json().replace("}", ",\"MsgType\":\"image\"}"), DUPLICATE_FIELD),
                // U+0000: escaped in JSON it is valid JSON, but no text column can keep it (issue 13, item 9)
                Arguments.of(text().with("Content", "a\\u0000b").json().replace("\\\\u", "\\u"), NUL_CHARACTER),
                Arguments.of(text().with("FromUserName", "o\\u0000").json().replace("\\\\u", "\\u"), NUL_CHARACTER),
                Arguments.of(text().json().replace("}", ",\"X\\u0000\":\"1\"}"), NUL_CHARACTER),
                Arguments.of("<xml><Content>a&#0;b</Content></xml>", MALFORMED_XML),
                Arguments.of("<xml><Content>a\u0000b</Content></xml>", MALFORMED_XML));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("rawMalformed")
    void refusedRaw(String body, RejectReason reason) {
        assertMalformed(body, reason, null);
    }

    @ParameterizedTest
    @EnumSource(BodyFormat.class)
    void invalidUtf8IsRefused(BodyFormat format) {
        byte[] body = text().with("Content", "AB").in(format).getBytes(StandardCharsets.UTF_8);
        byte[] broken = new String(body, StandardCharsets.ISO_8859_1).replace("AB", "\u00C3\u0028")
                .getBytes(StandardCharsets.ISO_8859_1);
        MalformedMessage e = assertThrows(MalformedMessage.class, () -> codec.parse(broken));
        assertEquals("invalid-utf8", e.code());
        assertEquals(400, e.status());
    }

    static Stream<Arguments> oddButValid() {
        return Stream.of(
                Arguments.of("<xml><ToUserName>gh_1</ToUserName><FromUserName> o1 </FromUserName><CreateTime> 17 "
                        + "</CreateTime>"
                        + "<MsgType>TEXT</MsgType><Content> a &amp; b &#x4e2d; </Content><MsgId>\n 5 \n</MsgId></xml>",
                        " a & b 中 "),
                Arguments.of("\uFEFF <?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xml>\n  "
                        + "<ToUserName>gh_1</ToUserName>\n  <FromUserName>o1</FromUserName>\n"
                        + "  <CreateTime>17</CreateTime>\n  <MsgType><![CDATA[text]]></MsgType>\n  "
                        + "<Content><![CDATA[<b>]]>x</Content>\n"
                        + "  <MsgId>5</MsgId>\n</xml>\n", "<b>x"),
                Arguments.of("{\"ToUserName\":\"gh_1\",\"FromUserName\":\"o1\",\"CreateTime\":17,\"MsgType\":\"text\","
                        + "\"Content\":\"\\u4e2d \\\"q\\\"\",\"MsgId\":5,\"Unknown\":null,\"Extra\":{\"x\":[1,2]}}",
                        "中 \"q\""),
                Arguments.of("{\"ToUserName\":\"gh_1\",\"FromUserName\":\"o1\",\"CreateTime\":\" 17 "
                        + "\",\"MsgType\":\"text\","
                        + "\"Content\":\"\",\"MsgId\":\"5\"}", ""));
    }

    @ParameterizedTest
    @MethodSource("oddButValid")
    void oddButValidBodiesParse(String body, String content) {
        InboundMessage message = codec.parse(body.getBytes(StandardCharsets.UTF_8));
        assertEquals("o1", message.fromUser());
        assertEquals(17L, message.createTime());
        assertEquals("text", message.msgType());
        assertEquals(5L, message.msgId());
        assertEquals(content, message.content());
    }

    @Test
    void unknownTypesAndEventsParse() {
        InboundMessage type = codec.parse(bytes(MessageBuilder.of("o1", 1, "hologram").with("MsgId", "9").json()));
        assertEquals("hologram", type.msgType());
        assertFalse(type.isKnownType());
        InboundMessage event = codec.parse(bytes(MessageBuilder.of("o1", 1, "event").with("Event", "teleport").xml()));
        assertEquals("teleport", event.event());
        assertFalse(event.isKnownType());
    }

    @ParameterizedTest
    @EnumSource(BodyFormat.class)
    void envelopesAndRepliesRoundTrip(BodyFormat format) {
        SafeEnvelope envelope = codec.readEnvelope(bytes(codec.encodeEnvelope(new SafeEnvelope("gh_1", "QUJD+/=="),
                format)));
        assertEquals(new SafeEnvelope("gh_1", "QUJD+/=="), envelope);
        EncryptedReply reply = new EncryptedReply("QUJD", "ab12", "1409735669", "n]]>\"<&");
        BodyFields fields = codec.readFields(bytes(codec.encodeReply(reply, format)));
        assertEquals(format, fields.format());
        assertEquals(reply,
                new EncryptedReply(fields.get("Encrypt"), fields.get("MsgSignature"), fields.get("TimeStamp"),
                        fields.get("Nonce")));
    }

    @Test
    void plainBodyHasNoEnvelopeCiphertext() {
        assertNull(codec.readEnvelope(bytes(text().xml())).encrypt());
    }

    private void assertMalformed(String body, RejectReason reason, String field) {
        MalformedMessage e = assertThrows(MalformedMessage.class, () -> codec.parse(bytes(body)));
        assertEquals(reason, e.reason(), e.getMessage());
        assertEquals(400, e.status());
        if (field != null) {
            assertEquals(field, e.field());
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
