package org.gridline.wechat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import static org.gridline.wechat.MessageBuilder.OPENID;
import static org.junit.jupiter.api.Assertions.*;

/** Every message and event type of the protocol page, in both formats, read into the record. */
class MessageTypesTest {
    private static final long TIME = 1772352000L;
    private final MessageCodec codec = new MessageCodec();

    private static MessageBuilder message(String type) {
        return MessageBuilder.of(OPENID, TIME, type).with("MsgId", "1234567890123456789");
    }

    private static MessageBuilder event(String event) {
        return MessageBuilder.of(OPENID, TIME, "event").with("Event", event);
    }

    static Stream<Arguments> types() {
        return Stream.of(
                row(message("text").with("Content", "楼道里堆满了杂物 🚒 please"),
                        Map.of("content", "楼道里堆满了杂物 🚒 please", "msgId", 1234567890123456789L)),
                row(message("image").with("PicUrl", "https://img.example/p.jpg").with("MediaId", "m1"),
                        Map.of("picUrl", "https://img.example/p.jpg", "mediaId", "m1")),
                row(message("voice").with("MediaId", "m2").with("Format", "amr").with("Recognition", "路灯坏了"),
                        Map.of("mediaId", "m2", "format", "amr", "recognition", "路灯坏了")),
                row(message("video").with("MediaId", "m3").with("ThumbMediaId", "t3"),
                        Map.of("mediaId", "m3", "thumbMediaId", "t3")),
                row(message("shortvideo").with("MediaId", "m4").with("ThumbMediaId", "t4"),
                        Map.of("mediaId", "m4", "thumbMediaId", "t4")),
                row(message("location").with("Location_X", "23.134521").with("Location_Y", "113.358803")
                        .with("Scale", "20")
                                .with("Label", "广州市海珠区"),
                        Map.of("latitude", 23.134521, "longitude", 113.358803, "scale", 20, "label", "广州市海珠区")),
                row(message("link").with("Title", "通知").with("Description", "停水").with("Url", "https://x.example/a"),
                        Map.of("title", "通知", "description", "停水", "url", "https://x.example/a")),
                row(message("miniprogrampage").with("Title", "报事").with("AppId", "wxabc")
                        .with("PagePath", "pages/report/index")
                                .with("ThumbUrl", "https://img.example/t.jpg").with("ThumbMediaId", "t5"),
                        Map.of("title", "报事", "appId", "wxabc", "pagePath", "pages/report/index",
                                "thumbUrl", "https://img.example/t.jpg", "thumbMediaId", "t5")),
                row(event("subscribe").with("EventKey", "qrscene_123").with("Ticket", "tk"),
                        Map.of("event", "subscribe", "eventKey", "qrscene_123")),
                row(event("unsubscribe"), Map.of("event", "unsubscribe")),
                row(event("SCAN").with("EventKey", "123").with("Ticket", "tk"),
                        Map.of("event", "SCAN", "eventKey", "123")),
                row(event("LOCATION").with("Latitude", "23.137466").with("Longitude", "113.352425")
                        .with("Precision", "119.385040"),
                        Map.of("event", "LOCATION", "latitude", 23.137466, "longitude", 113.352425, "precision",
                                119.38504)),
                row(event("CLICK").with("EventKey", "MENU_REPORT"),
                        Map.of("event", "CLICK", "eventKey", "MENU_REPORT")),
                row(event("VIEW").with("EventKey", "https://x.example/menu"),
                        Map.of("event", "VIEW", "eventKey", "https://x.example/menu")),
                row(event("user_enter_tempsession").with("SessionFrom", "grid-7"),
                        Map.of("event", "user_enter_tempsession", "sessionFrom", "grid-7")));
    }

    private static Arguments row(MessageBuilder body, Map<String, Object> expected) {
        return Arguments.of(body, expected);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("types")
    void xml(MessageBuilder body, Map<String, Object> expected) {
        check(body.xml(), expected);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("types")
    void json(MessageBuilder body, Map<String, Object> expected) {
        check(body.json(), expected);
    }

    private void check(String body, Map<String, Object> expected) {
        InboundMessage message = codec.parse(body.getBytes(StandardCharsets.UTF_8));
        assertEquals(MessageBuilder.GH_ID, message.toUser());
        assertEquals(OPENID, message.fromUser());
        assertEquals(TIME, message.createTime());
        assertTrue(message.isKnownType());
        assertEquals(message.isEvent(), message.msgId() == null);
        assertEquals(body, message.rawBody());
        assertEquals(OPENID, message.fields().get("FromUserName"));
        expected.forEach((component, value) -> assertEquals(value, read(message, component), component));
        long typed = Arrays.stream(InboundMessage.class.getRecordComponents())
                .filter(c ->
                c.getName().matches("content|picUrl|mediaId|format|recognition|latitude|longitude|scale|label|"
                        + "precision|title|description|url|appId|pagePath|thumbUrl|thumbMediaId|eventKey|sessionFrom"))
                .filter(c -> read(message, c.getName()) != null).count();
        assertEquals(expected.keySet().stream().filter(k -> !k.equals("event") && !k.equals("msgId")).count(), typed,
                "no typed field is filled from another type's fields");
    }

    private static Object read(InboundMessage message, String component) {
        try {
            RecordComponent c = Arrays.stream(InboundMessage.class.getRecordComponents())
                    .filter(rc -> rc.getName().equals(component)).findFirst().orElseThrow();
            return c.getAccessor().invoke(message);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
