package org.gridline.wechat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The subscribe_msg_* events carry their details as nested, repeated {@code List} items, in XML and JSON. */
class SubscriptionEventsTest {
    private static final String HEAD = "<xml><ToUserName><![CDATA[gh_123456789abc]]></ToUserName>"
            + "<FromUserName><![CDATA[otFpruAK8D-E6EfStSYonYSBZ8_4]]></FromUserName><CreateTime>1610969440</CreateTime>"
            + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe_msg_popup_event]]></Event>";
    private static final String POPUP_XML = HEAD + "<SubscribeMsgPopupEvent>"
            + "<List><TemplateId><![CDATA[VRR0UEO9VJOLs0MHlU0OilqX6MVFDwH3_3gz3Oc0NIc]]></TemplateId>"
            + "<SubscribeStatusString><![CDATA[accept]]></SubscribeStatusString><PopupScene>2</PopupScene></List>"
            + "<List><TemplateId><![CDATA[9nLIlbOQZC5Y89AZteFEux3WCXRRRG5Wfzkpssu4bLI]]></TemplateId>"
            + "<SubscribeStatusString><![CDATA[reject]]></SubscribeStatusString><PopupScene>2</PopupScene></List>"
            + "</SubscribeMsgPopupEvent></xml>";
    private static final String JSON_HEAD = "{\"ToUserName\":\"gh_123456789abc\",\"FromUserName\":\"otFpruAK8D-E6EfStSY"
            + "onYSBZ8_4\","
            + "\"CreateTime\":1610969440,\"MsgType\":\"event\",\"Event\":\"subscribe_msg_popup_event\",";
    private static final String ITEMS = "[{\"TemplateId\":\"VRR0UEO9VJOLs0MHlU0OilqX6MVFDwH3_3gz3Oc0NIc\",\"SubscribeSt"
            + "atusString\":\"accept\",\"PopupScene\":\"2\"},"
            + "{\"TemplateId\":\"9nLIlbOQZC5Y89AZteFEux3WCXRRRG5Wfzkpssu4bLI\",\"SubscribeStatusString\":\"reject\",\"P"
            + "opupScene\":2}]";

    private final MessageCodec codec = new MessageCodec();

    @ParameterizedTest
    @ValueSource(strings = {
            POPUP_XML,
            JSON_HEAD + "\"List\":" + ITEMS + "}",
            JSON_HEAD + "\"SubscribeMsgPopupEvent\":{\"List\":" + ITEMS + "}}",
            JSON_HEAD + "\"SubscribeMsgPopupEvent\":" + ITEMS + "}"})
    void popupWithTwoItems(String body) {
        InboundMessage message = parse(body);
        assertTrue(message.isKnownType());
        assertEquals("subscribe_msg_popup_event", message.event());
        assertEquals(List.of(
                Map.of("TemplateId", "VRR0UEO9VJOLs0MHlU0OilqX6MVFDwH3_3gz3Oc0NIc", "SubscribeStatusString", "accept",
                        "PopupScene", "2"),
                Map.of("TemplateId", "9nLIlbOQZC5Y89AZteFEux3WCXRRRG5Wfzkpssu4bLI", "SubscribeStatusString", "reject",
                        "PopupScene", "2")),
                message.subscriptions());
        assertFalse(message.fields().containsKey("List"), "nested values are structured, not flattened into fields");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<xml><ToUserName>gh_1</ToUserName><FromUserName>o1</FromUserName><CreateTime>1</CreateTime><MsgType>event<"
                    + "/MsgType>"
                    + "<Event>subscribe_msg_sent_event</Event><SubscribeMsgSentEvent><List><TemplateId>T1</TemplateId>"
                    + "<MsgID>1700827132819554304</MsgID><ErrorCode>0</ErrorCode><ErrorStatus>success</ErrorStatus></Li"
                    + "st>"
                    + "</SubscribeMsgSentEvent></xml>",
            "{\"ToUserName\":\"gh_1\",\"FromUserName\":\"o1\",\"CreateTime\":1,\"MsgType\":\"event\",\"Event\":\"subscr"
                    + "ibe_msg_sent_event\","
                    + "\"List\":{\"TemplateId\":\"T1\",\"MsgID\":\"1700827132819554304\",\"ErrorCode\":0,\"ErrorStatus"
                    + "\":\"success\"}}"})
    void sentEventWithOneItemAsObject(String body) {
        assertEquals(List.of(Map.of("TemplateId", "T1", "MsgID", "1700827132819554304", "ErrorCode", "0",
                "ErrorStatus", "success")),
                parse(body).subscriptions());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<xml><ToUserName>gh_1</ToUserName><FromUserName>o1</FromUserName><CreateTime>1</CreateTime><MsgType>event<"
                    + "/MsgType>"
                    + "<Event>subscribe_msg_change_event</Event><SubscribeMsgChangeEvent><List><TemplateId>T2</Template"
                    + "Id>"
                    + "<SubscribeStatusString>reject</SubscribeStatusString></List></SubscribeMsgChangeEvent></xml>",
            "{\"ToUserName\":\"gh_1\",\"FromUserName\":\"o1\",\"CreateTime\":\"1\",\"MsgType\":\"event\",\"Event\":\"su"
                    + "bscribe_msg_change_event\","
                    + "\"SubscribeMsgChangeEvent\":{\"List\":{\"TemplateId\":\"T2\",\"SubscribeStatusString\":\"reject"
                    + "\"}}}"})
    void changeEvent(String body) {
        InboundMessage message = parse(body);
        assertTrue(message.isKnownType());
        assertEquals(List.of(Map.of("TemplateId", "T2", "SubscribeStatusString", "reject")), message.subscriptions());
    }

    private InboundMessage parse(String body) {
        return codec.parse(body.getBytes(StandardCharsets.UTF_8));
    }
}
