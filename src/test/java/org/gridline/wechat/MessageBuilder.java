package org.gridline.wechat;

import java.util.LinkedHashMap;
import java.util.Map;

/** Test fixture: a message body with ordered fields, written as the platform writes XML (CDATA) or JSON. */
public final class MessageBuilder {
    public static final String GH_ID = "gh_a1b2c3d4e5f6";
    public static final String OPENID = "oAbCdEfGhIjKlMnOpQrStUvWxYz0";
    private final Map<String, String> fields = new LinkedHashMap<>();

    public static MessageBuilder of(String from, long createTime, String msgType) {
        return new MessageBuilder().with("ToUserName", GH_ID).with("FromUserName", from)
                .with("CreateTime", Long.toString(createTime)).with("MsgType", msgType);
    }

    public static MessageBuilder text(String from, long createTime, String content) {
        return of(from, createTime, "text").with("Content", content).with("MsgId", "6054768590064713728");
    }

    public MessageBuilder with(String name, String value) {
        fields.put(name, value);
        return this;
    }

    public MessageBuilder without(String name) {
        fields.remove(name);
        return this;
    }

    public String xml() {
        StringBuilder xml = new StringBuilder("<xml>");
        fields.forEach((k, v) ->
                xml.append('<').append(k).append("><![CDATA[").append(v.replace("]]>", "]]]]><![CDATA[>"))
                        .append("]]></").append(k).append('>'));
        return xml.append("</xml>").toString();
    }

    public String json() {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":\"")
                .append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"'));
        return json.append('}').toString();
    }

    public String in(BodyFormat format) {
        return format == BodyFormat.XML ? xml() : json();
    }
}
