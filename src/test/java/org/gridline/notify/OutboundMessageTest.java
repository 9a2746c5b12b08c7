package org.gridline.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridline.notify.OutboundMessage.Subscribe;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutboundMessageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OPENID = "oyORnuP8q7ou2gfYjqLzSIWZf0rs";

    static Stream<Arguments> bodies() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("thing1", "楼道堆物");
        values.put("time2", "2026年11月29日 15:01");
        values.put("phrase3", "已受理");
        return Stream.of(
                Arguments.of(OutboundMessage.text(OPENID, "已收到，编号 R-17"), OutboundMessage.CUSTOM_SEND,
                        "{\"touser\":\"" + OPENID + "\",\"msgtype\":\"text\",\"text\":{\"content\":\"已收到，编号 R-17\"}}"),
                Arguments.of(OutboundMessage.image(OPENID, "MEDIA_1"), OutboundMessage.CUSTOM_SEND,
                        "{\"touser\":\"" + OPENID + "\",\"msgtype\":\"image\",\"image\":{\"media_id\":\"MEDIA_1\"}}"),
                Arguments.of(new OutboundMessage.Link(OPENID,
                        new OutboundMessage.Link.Body("标题", "说明", "https://x.test/a", "https://x.test/t.png")),
                        OutboundMessage.CUSTOM_SEND,
                        "{\"touser\":\"" + OPENID
                                + "\",\"msgtype\":\"link\",\"link\":{\"title\":\"标题\",\"description\":\"说明\","
                                + "\"url\":\"https://x.test/a\",\"thumb_url\":\"https://x.test/t.png\"}}"),
                Arguments.of(new OutboundMessage.Link(OPENID,
                        new OutboundMessage.Link.Body("标题", null, "https://x.test/a", null)),
                        OutboundMessage.CUSTOM_SEND,
                        "{\"touser\":\"" + OPENID
                                + "\",\"msgtype\":\"link\",\"link\":{\"title\":\"标题\",\"url\":\"https://x.test/a\"}}"),
                Arguments.of(new OutboundMessage.MiniProgramPage(OPENID,
                                new OutboundMessage.MiniProgramPage.Body("查看工单", "pages/report/detail?id=17",
                                        "THUMB_1")),
                        OutboundMessage.CUSTOM_SEND,
                        "{\"touser\":\"" + OPENID
                                + "\",\"msgtype\":\"miniprogrampage\",\"miniprogrampage\":{\"title\":\"查看工单\","
                                + "\"pagepath\":\"pages/report/detail?id=17\",\"thumb_media_id\":\"THUMB_1\"}}"),
                Arguments.of(Subscribe.of(OPENID, "TPL_1", "pages/report/detail?id=17", Subscribe.State.FORMAL,
                        Subscribe.Lang.ZH_CN, values),
                        OutboundMessage.SUBSCRIBE_SEND,
                        "{\"touser\":\"" + OPENID
                                + "\",\"template_id\":\"TPL_1\",\"page\":\"pages/report/detail?id=17\","
                                + "\"miniprogram_state\":\"formal\",\"lang\":\"zh_CN\",\"data\":{\"thing1\":{\"value\":"
                                + "\"楼道堆物\"},"
                                + "\"time2\":{\"value\":\"2026年11月29日 15:01\"},\"phrase3\":{\"value\":\"已受理\"}}}"),
                Arguments.of(Subscribe.of(OPENID, "TPL_1", null, Subscribe.State.TRIAL, null, Map.of("thing1", "x")),
                        OutboundMessage.SUBSCRIBE_SEND,
                        "{\"touser\":\"" + OPENID + "\",\"template_id\":\"TPL_1\",\"miniprogram_state\":\"trial\","
                                + "\"data\":{\"thing1\":{\"value\":\"x\"}}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void serialisesExactlyAsTheProtocolPage(OutboundMessage message, String path,
            String expected) throws JsonProcessingException {
        assertEquals(expected, JSON.writeValueAsString(message));
        assertEquals(path, message.apiPath());
    }
}
