package org.gridline.wechat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Interprets {@link BodyFields} as an {@link InboundMessage}: required fields, types, and where each value comes from.
 */
final class InboundMessageMapper {
    /**
     * The structures that carry subscribe-message items, in XML (wrapped) and JSON (wrapped or a bare {@code List}).
     */
    private static final Set<String> SUBSCRIPTION_GROUPS = Set.of("SubscribeMsgPopupEvent", "SubscribeMsgChangeEvent",
            "SubscribeMsgSentEvent", "List");

    /** Column sizes of the inbox: a longer value is refused here (400) rather than failing in the database. */
    static final int MAX_OPENID = 128;
    static final int MAX_TYPE = 64;

    private InboundMessageMapper() {
    }

    private static String bounded(String field, String value, int max) {
        if (value.length() > max) {
            throw new MalformedMessage(RejectReason.TOO_LONG, field, "Field " + field + " is longer than " + max);
        }
        return value;
    }

    static InboundMessage map(BodyFields body) {
        FieldReader f = new FieldReader(body.fields());
        String toUser = f.required("ToUserName");
        String fromUser = bounded("FromUserName", f.required("FromUserName"), MAX_OPENID);
        long createTime = f.requiredLong("CreateTime");
        String msgType = bounded("MsgType", f.required("MsgType"), MAX_TYPE).toLowerCase(Locale.ROOT);
        boolean event = "event".equals(msgType);
        Long msgId = event ? null : f.requiredLong("MsgId");
        String eventName = event ? bounded("Event", f.required("Event"), MAX_TYPE) : null;
        boolean located = "location".equals(msgType);
        return new InboundMessage(toUser, fromUser, createTime, msgType, msgId,
                f.text("Content"), f.token("PicUrl"), f.token("MediaId"), f.token("Format"), f.text("Recognition"),
                f.decimal(located ? "Location_X" : "Latitude", -90, 90),
                f.decimal(located ? "Location_Y" : "Longitude", -180, 180),
                f.optionalInt("Scale"), f.text("Label"), f.decimal("Precision", 0, Double.MAX_VALUE),
                f.text("Title"), f.text("Description"), f.token("Url"),
                f.token("AppId"), f.token("PagePath"), f.token("ThumbUrl"), f.token("ThumbMediaId"),
                eventName, f.token("EventKey"), f.token("SessionFrom"),
                body.fields(), subscriptions(body), body.raw());
    }

    private static List<Map<String, String>> subscriptions(BodyFields body) {
        return body.groups().entrySet().stream()
                .filter(group -> SUBSCRIPTION_GROUPS.contains(group.getKey()))
                .flatMap(group -> group.getValue().stream())
                .toList();
    }
}
