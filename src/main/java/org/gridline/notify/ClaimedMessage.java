package org.gridline.notify;

import io.vertx.mutiny.sqlclient.Row;

import java.time.OffsetDateTime;

/**
 * An outbox row claimed by this instance for one delivery attempt. Its {@code fallback} is always of the other kind:
 * a subscribe message for a customer-service reply, a customer-service message for a subscribe message.
 */
record ClaimedMessage(long id, String openid, OutboxKind kind, String templateId, String body, String fallback,
                      int attempts, OffsetDateTime createdAt, boolean subscriptionTaken, OffsetDateTime usefulUntil,
                      OffsetDateTime lastMessageAt) {

    static ClaimedMessage of(Row row) {
        return new ClaimedMessage(row.getLong("id"), row.getString("openid"), OutboxKind.valueOf(row.getString("kind")),
                row.getString("template_id"), row.getJsonObject("body").encode(),
                row.getJsonObject("fallback") == null ? null : row.getJsonObject("fallback").encode(),
                row.getInteger("attempts"), row.getOffsetDateTime("created_at"), row.getBoolean("subscription_taken"),
                row.getOffsetDateTime("useful_until"), row.getOffsetDateTime("last_message_at"));
    }

    /** The template of a customer-service reply's subscribe-message fallback; null when there is none. */
    String fallbackTemplateId() {
        return kind == OutboxKind.CUSTOM && fallback != null ? templateOf(fallback) : null;
    }

    /** A subscribe message's customer-service fallback; null when there is none. */
    String customFallback() {
        return kind == OutboxKind.SUBSCRIBE ? fallback : null;
    }

    static String templateOf(String subscribeBody) {
        return new io.vertx.core.json.JsonObject(subscribeBody).getString("template_id");
    }

    String apiPath() {
        return kind == OutboxKind.SUBSCRIBE ? OutboundMessage.SUBSCRIBE_SEND : OutboundMessage.CUSTOM_SEND;
    }
}
