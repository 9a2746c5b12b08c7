package org.gridline.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What a subscribe message may fall back to: a customer-service message to the same user, or nothing. */
class OutboxTest {
    private static final String OPENID = "oyORnuP8q7ou2gfYjqLzSIWZf0rs";

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("none", null),
                Arguments.of("text", OutboundMessage.text(OPENID, "新工单")),
                Arguments.of("image", OutboundMessage.image(OPENID, "MEDIA_1")),
                Arguments.of("mini-program card", new OutboundMessage.MiniProgramPage(OPENID,
                        new OutboundMessage.MiniProgramPage.Body("查看工单", "pages/order/detail?id=7", "THUMB_1"))));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("text to someone else", OutboundMessage.text("o_other", "新工单")),
                Arguments.of("subscribe message", OutboundMessage.Subscribe.of(OPENID, "TPL_2", null,
                        OutboundMessage.Subscribe.State.FORMAL, OutboundMessage.Subscribe.Lang.ZH_CN,
                        Map.of("thing1", "新工单"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void aCustomerServiceMessageToTheSameUserIsAFallback(String name, OutboundMessage fallback) {
        assertDoesNotThrow(() -> Outbox.checkCustomFallback(OPENID, fallback));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void anythingElseIsRefusedBeforeARowIsWritten(String name, OutboundMessage fallback) {
        Outbox outbox = new Outbox(new ObjectMapper(), Clock.systemUTC());
        assertThrows(IllegalArgumentException.class, () -> outbox.notify(OPENID, "TPL_1", "pages/index",
                Map.of("thing1", "新工单"), "test", fallback));
    }
}
