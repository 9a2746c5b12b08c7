package org.gridline.simulator;

import org.gridline.platform.error.DomainException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Writes the XML body the platform would push for a simulator action. */
final class PushBodies {
    private PushBodies() {
    }

    static String xml(SimulatedPush push, String ourId, long now) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("ToUserName", ourId);
        fields.put("FromUserName", push.openid());
        fields.put("CreateTime", Long.toString(now));
        String extra = typed(push, fields);
        if (!"subscribe".equals(push.type())) {
            fields.put("MsgId", Long.toString(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE)));
        }
        StringBuilder xml = new StringBuilder("<xml>");
        fields.forEach((k, v) -> xml.append(field(k, v)));
        return xml.append(extra).append("</xml>").toString();
    }

    /** Adds the fields of the push's type; returns the nested XML that follows the fields (empty for most types). */
    private static String typed(SimulatedPush push, Map<String, String> fields) {
        switch (push.type()) {
            case "text" -> {
                fields.put("MsgType", "text");
                fields.put("Content", require(push.content(), "content"));
            }
            case "image" -> {
                fields.put("MsgType", "image");
                fields.put("PicUrl", require(push.picUrl(), "picUrl"));
                fields.put("MediaId", "sim_media_" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
            }
            case "location" -> location(push, fields);
            default -> {
                return subscription(push, fields);
            }
        }
        return "";
    }

    private static void location(SimulatedPush push, Map<String, String> fields) {
        fields.put("MsgType", "location");
        fields.put("Location_X", Double.toString(require(push.latitude(), "latitude")));
        fields.put("Location_Y", Double.toString(require(push.longitude(), "longitude")));
        fields.put("Scale", "15");
        fields.put("Label", push.label() == null ? "" : push.label());
    }

    /** A subscription pop-up accepted for one template: the event's fields, and its nested list. */
    private static String subscription(SimulatedPush push, Map<String, String> fields) {
        fields.put("MsgType", "event");
        fields.put("Event", "subscribe_msg_popup_event");
        return "<SubscribeMsgPopupEvent><List>" + field("TemplateId", require(push.templateId(), "templateId"))
                + field("SubscribeStatusString", "accept") + field("PopupScene", "0")
                + "</List></SubscribeMsgPopupEvent>";
    }

    private static String field(String name, String value) {
        return "<" + name + "><![CDATA[" + value.replace("]]>", "]]]]><![CDATA[>") + "]]></" + name + ">";
    }

    private static <T> T require(T value, String name) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw DomainException.badRequest("missing-" + name, "This kind of message needs " + name);
        }
        return value;
    }
}
