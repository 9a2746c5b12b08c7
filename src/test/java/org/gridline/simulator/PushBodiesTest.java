package org.gridline.simulator;

import org.gridline.platform.error.DomainException;
import org.gridline.wechat.InboundMessage;
import org.gridline.wechat.MessageCodec;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The simulator writes pushes the real codec reads back exactly. */
class PushBodiesTest {
    private final MessageCodec codec = new MessageCodec();

    private InboundMessage roundTrip(SimulatedPush push) {
        return codec.parse(PushBodies.xml(push, "gh_sim", 1_795_000_000L).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void textKeepsItsContentEvenWithCdataTerminators() {
        InboundMessage m = roundTrip(new SimulatedPush("o_a", "text", "3栋灯坏了 ]]> <b>", null, null, null, null, null));
        assertEquals("text", m.msgType());
        assertEquals("3栋灯坏了 ]]> <b>", m.content());
        assertEquals("o_a", m.fromUser());
        assertNotNull(m.msgId());
    }

    @Test
    void locationCarriesCoordinatesAndLabel() {
        InboundMessage m = roundTrip(new SimulatedPush("o_a", "location", null, 22.58, 113.08, "幸福小区", null, null));
        assertEquals(22.58, m.latitude());
        assertEquals(113.08, m.longitude());
        assertEquals("幸福小区", m.label());
    }

    @Test
    void subscribeIsAPopupEventWithOneAcceptedTemplate() {
        InboundMessage m = roundTrip(new SimulatedPush("o_a", "subscribe", null, null, null, null, null, "TPL_1"));
        assertEquals("subscribe_msg_popup_event", m.event());
        assertEquals(List.of(Map.of("TemplateId", "TPL_1", "SubscribeStatusString", "accept", "PopupScene", "0")),
                m.subscriptions());
    }

    @Test
    void missingPartsAreAClearError() {
        DomainException e = assertThrows(DomainException.class,
                () -> PushBodies.xml(new SimulatedPush("o_a", "image", null, null, null, null, null, null), "gh", 1));
        assertEquals("missing-picUrl", e.code());
    }
}
