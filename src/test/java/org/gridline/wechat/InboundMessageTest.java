package org.gridline.wechat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class InboundMessageTest {

    static Stream<Arguments> dedupKeys() {
        return Stream.of(
                Arguments.of(MessageBuilder.text("o1", 1700000000L, "hi").with("MsgId", "42"), false, "o1:42"),
                Arguments.of(MessageBuilder.of("o1", 1700000000L, "image").with("MsgId", " 43 "), false, "o1:43"),
                Arguments.of(MessageBuilder.of("o1", 1700000000L, "event").with("Event", "CLICK")
                        .with("EventKey", "MENU_1"),
                        true, "o1:1700000000:CLICK:MENU_1"),
                Arguments.of(MessageBuilder.of("o1", 1700000000L, "event").with("Event", "subscribe"), true,
                        "o1:1700000000:subscribe:"),
                Arguments.of(MessageBuilder.of("o1", 1700000000L, "event").with("Event", "unsubscribe")
                        .with("MsgId", "7"),
                        true, "o1:1700000000:unsubscribe:"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("dedupKeys")
    void dedupKey(MessageBuilder body, boolean event, String key) {
        for (BodyFormat format : BodyFormat.values()) {
            InboundMessage message = new MessageCodec().parse(body.in(format).getBytes(StandardCharsets.UTF_8));
            assertEquals(event, message.isEvent());
            assertEquals(key, message.dedupKey());
            assertFalse(message.toString().contains("hi"), "toString leaves the content out");
        }
    }
}
