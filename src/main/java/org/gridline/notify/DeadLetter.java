package org.gridline.notify;

import io.vertx.core.json.JsonObject;
import org.gridline.platform.text.Masking;

import java.time.OffsetDateTime;
import java.util.stream.Collectors;

/**
 * A message delivery gave up on, with the platform's last word on it and what the user missed ({@code text}: the
 * reply's text, or the notice's template values; phone and ID numbers masked).
 */
public record DeadLetter(long id, String openid, OutboxKind kind, String templateId, String text, int attempts,
                         Integer lastErrcode, String lastError, String source, OffsetDateTime createdAt) {

    static DeadLetter of(OutboxMessage m) {
        return new DeadLetter(m.id, m.openid, m.kind, m.templateId, Masking.freeText(textOf(m.body)), m.attempts,
                m.lastErrcode, m.lastError, m.source, m.createdAt);
    }

    /** What a person would have read: a text's content, a notice's values ("thing1: …; time2: …"), a link's title. */
    static String textOf(String body) {
        JsonObject json = body == null ? null : new JsonObject(body);
        if (json == null) {
            return null;
        }
        if (json.getJsonObject("data") != null) {
            JsonObject data = json.getJsonObject("data");
            return data.fieldNames().stream().sorted()
                    .map(key -> key + ": " + valueOf(data.getValue(key))).collect(Collectors.joining("; "));
        }
        String type = json.getString("msgtype");
        JsonObject part = type == null ? null : json.getJsonObject(type);
        if (part == null) {
            return null;
        }
        return part.getString("content", part.getString("title", part.getString("media_id")));
    }

    private static String valueOf(Object entry) {
        return entry instanceof JsonObject value ? value.getString("value") : String.valueOf(entry);
    }
}
