package org.gridline.wechat;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one canonical record of a pushed message or event, whatever the format and mode it arrived in. Typed fields
 * cover every type the platform documents; {@code fields} keeps every top-level field as sent and {@code rawBody} the
 * (decrypted) body, so nothing the platform adds later is lost. {@code subscriptions} holds the items of the
 * {@code subscribe_msg_*} events (TemplateId, SubscribeStatusString, PopupScene, ErrorCode, ErrorStatus, MsgID …).
 *
 * @param msgType   lowercased; {@code msgId} is null for events
 * @param latitude  from {@code Location_X} for a {@code location} message, from {@code Latitude} for the LOCATION event
 * @param longitude from {@code Location_Y}, or {@code Longitude}
 * @param event     as sent (e.g. {@code SCAN}, {@code subscribe})
 */
public record InboundMessage(
        String toUser, String fromUser, long createTime, String msgType, Long msgId,
        String content, String picUrl, String mediaId, String format, String recognition,
        Double latitude, Double longitude, Integer scale, String label, Double precision,
        String title, String description, String url,
        String appId, String pagePath, String thumbUrl, String thumbMediaId,
        String event, String eventKey, String sessionFrom,
        Map<String, String> fields, List<Map<String, String>> subscriptions, String rawBody) {

    static final Set<String> MESSAGE_TYPES = Set.of("text", "image", "voice", "video", "shortvideo", "location", "link",
            "miniprogrampage", "event");
    static final Set<String> EVENTS = Set.of("subscribe", "unsubscribe", "scan", "location", "click", "view",
            "user_enter_tempsession", "subscribe_msg_popup_event", "subscribe_msg_change_event",
                    "subscribe_msg_sent_event");

    @JsonIgnore // derived: not part of the stored record (isEvent would clash with the event field)
    public boolean isEvent() {
        return "event".equals(msgType);
    }

    /** True when both the type and (for events) the event are documented; unknown ones are parsed, not refused. */
    @JsonIgnore
    public boolean isKnownType() {
        if (!MESSAGE_TYPES.contains(msgType)) {
            return false;
        }
        return !isEvent() || event != null && EVENTS.contains(event.toLowerCase(Locale.ROOT));
    }

    /** The key a retry of this push repeats: sender + MsgId for messages; sender + time + event + key for events. */
    @JsonIgnore
    public String dedupKey() {
        if (isEvent()) {
            return fromUser + ":" + createTime + ":" + event + ":" + (eventKey == null ? "" : eventKey);
        }
        return fromUser + ":" + msgId;
    }

    /** Not the body nor the content (personal data): only what identifies the push. */
    @Override
    public String toString() {
        return "InboundMessage[" + msgType + (isEvent() ? "/" + event : "") + ", createTime=" + createTime
                + ", msgId=" + msgId + "]";
    }
}
