package org.gridline.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gridline.wechat.InboundMessage;
import org.gridline.wechat.MessageCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The inbox stores a message as JSON with the application's ObjectMapper; reading it back must give the same record.
 */
@QuarkusTest
class StoredMessageTest {
    @Inject
    ObjectMapper json;

    @ParameterizedTest
    @ValueSource(strings = {
            "<xml><ToUserName>gh</ToUserName><FromUserName>o1</FromUserName><CreateTime>1</CreateTime><MsgType>text</Ms"
                    + "gType><Content>灯坏了</Content><MsgId>9</MsgId></xml>",
            "<xml><ToUserName>gh</ToUserName><FromUserName>o1</FromUserName><CreateTime>1</CreateTime><MsgType>location"
                    + "</MsgType><Location_X>22.5</Location_X><Location_Y>113.1</Location_Y><Scale>15</Scale><Label>幸福小"
                    + "区</Label><MsgId>10</MsgId></xml>",
            "<xml><ToUserName>gh</ToUserName><FromUserName>o1</FromUserName><CreateTime>1</CreateTime><MsgType>event</M"
                    + "sgType><Event>subscribe_msg_popup_event</Event><SubscribeMsgPopupEvent><List><TemplateId>T1</Tem"
                    + "plateId><SubscribeStatusString>accept</SubscribeStatusString><PopupScene>0</PopupScene></List></"
                    + "SubscribeMsgPopupEvent></xml>",
            "<xml><ToUserName>gh</ToUserName><FromUserName>o1</FromUserName><CreateTime>1</CreateTime><MsgType>event</M"
                    + "sgType><Event>CLICK</Event><EventKey>MENU_1</EventKey></xml>"})
    void aStoredMessageReadsBackAsTheSameRecord(String xml) throws Exception {
        InboundMessage original = new MessageCodec().parse(xml.getBytes(StandardCharsets.UTF_8));
        assertEquals(original, json.readValue(json.writeValueAsString(original), InboundMessage.class));
    }
}
