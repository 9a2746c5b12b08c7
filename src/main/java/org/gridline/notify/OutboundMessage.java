package org.gridline.notify;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON bodies gridline posts to the platform, as records whose Jackson form is exactly the documented body
 * (WECHAT-PROTOCOL.md §3): snake_case names, a {@code msgtype} matching the nested object, nulls omitted. Kept as
 * data so the outbox can store them and the API client can send them without knowing what they say.
 */
public sealed interface OutboundMessage {
    String CUSTOM_SEND = "/cgi-bin/message/custom/send";
    String SUBSCRIBE_SEND = "/cgi-bin/message/subscribe/send";

    /** The recipient's openid. */
    String touser();

    /** The API path this body is posted to (the access token goes in the query). */
    @JsonIgnore
    default String apiPath() {
        return this instanceof Subscribe ? SUBSCRIBE_SEND : CUSTOM_SEND;
    }

    static OutboundMessage text(String touser, String content) {
        return new Text(touser, new Text.Body(content));
    }

    static OutboundMessage image(String touser, String mediaId) {
        return new Image(touser, new Image.Body(mediaId));
    }

    /** A customer-service text message. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"touser", "msgtype", "text"})
    record Text(String touser, Body text) implements OutboundMessage {
        @JsonProperty("msgtype")
        public String msgtype() {
            return "text";
        }

        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Body(String content) {}
    }

    /** A customer-service image, uploaded beforehand as temporary media. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"touser", "msgtype", "image"})
    record Image(String touser, Body image) implements OutboundMessage {
        @JsonProperty("msgtype")
        public String msgtype() {
            return "image";
        }

        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Body(@JsonProperty("media_id") String mediaId) {}
    }

    /** A customer-service link card. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"touser", "msgtype", "link"})
    record Link(String touser, Body link) implements OutboundMessage {
        @JsonProperty("msgtype")
        public String msgtype() {
            return "link";
        }

        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Body(String title, String description, String url, @JsonProperty("thumb_url") String thumbUrl) {}
    }

    /** A customer-service card that opens a page of the mini-program. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"touser", "msgtype", "miniprogrampage"})
    record MiniProgramPage(String touser, Body miniprogrampage) implements OutboundMessage {
        @JsonProperty("msgtype")
        public String msgtype() {
            return "miniprogrampage";
        }

        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Body(String title, String pagepath, @JsonProperty("thumb_media_id") String thumbMediaId) {}
    }

    /** A subscribe message; build {@code data} with {@link TemplateValues} so it cannot come back 47003. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"touser", "template_id", "page", "miniprogram_state", "lang", "data"})
    record Subscribe(String touser, @JsonProperty("template_id") String templateId, String page,
                     @JsonProperty("miniprogram_state") State state, Lang lang, Map<String, Value> data)
            implements OutboundMessage {

        public Subscribe {
            data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
        }

        /** From checked template values, keeping their order. */
        public static Subscribe of(String touser, String templateId, String page, State state, Lang lang,
                                   Map<String, String> values) {
            Map<String, Value> data = new LinkedHashMap<>();
            values.forEach((key, value) -> data.put(key, new Value(value)));
            return new Subscribe(touser, templateId, page, state, lang, data);
        }

        public record Value(String value) {}

        /** Which version of the mini-program the card opens. */
        public enum State {
            DEVELOPER("developer"), TRIAL("trial"), FORMAL("formal");

            private final String wire;

            State(String wire) {
                this.wire = wire;
            }

            @JsonValue
            public String wire() {
                return wire;
            }
        }

        /** The language of the card's fixed texts. */
        public enum Lang {
            ZH_CN("zh_CN"), EN_US("en_US"), ZH_HK("zh_HK"), ZH_TW("zh_TW");

            private final String wire;

            Lang(String wire) {
                this.wire = wire;
            }

            @JsonValue
            public String wire() {
                return wire;
            }
        }
    }
}
