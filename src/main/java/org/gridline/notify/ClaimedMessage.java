package org.gridline.notify;

import io.vertx.mutiny.sqlclient.Row;

import java.time.OffsetDateTime;

/** An outbox row claimed by this instance for one delivery attempt. */
record ClaimedMessage(long id, String openid, OutboxKind kind, String templateId, String body, String fallback,
                      int attempts, OffsetDateTime createdAt, boolean subscriptionTaken, OffsetDateTime lastMessageAt) {

    static ClaimedMessage of(Row row) {
        return new ClaimedMessage(row.getLong("id"), row.getString("openid"), OutboxKind.valueOf(row.getString("kind")),
                row.getString("template_id"), row.getJsonObject("body").encode(),
                row.getJsonObject("fallback") == null ? null : row.getJsonObject("fallback").encode(),
                row.getInteger("attempts"), row.getOffsetDateTime("created_at"), row.getBoolean("subscription_taken"),
                row.getOffsetDateTime("last_message_at"));
    }

    String fallbackTemplateId() {
        return fallback == null ? null : templateOf(fallback);
    }

    static String templateOf(String subscribeBody) {
        return new io.vertx.core.json.JsonObject(subscribeBody).getString("template_id");
    }

    String apiPath() {
        return kind == OutboxKind.SUBSCRIBE ? OutboundMessage.SUBSCRIBE_SEND : OutboundMessage.CUSTOM_SEND;
    }
}
