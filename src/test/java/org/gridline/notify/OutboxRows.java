package org.gridline.notify;

import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import java.time.Duration;
import java.time.OffsetDateTime;

/** Test fixture: puts rows in the outbox as a feature's transaction would, and reads their fate. */
final class OutboxRows {
    private final Pool pool;

    OutboxRows(Pool pool) {
        this.pool = pool;
    }

    long text(String openid, String content) {
        return insert(openid, "CUSTOM", null, new JsonObject().put("touser", openid).put("msgtype", "text")
                .put("text", new JsonObject().put("content", content)), null);
    }

    long textWithFallback(String openid, String content, String templateId) {
        return insert(openid, "CUSTOM", null, new JsonObject().put("touser", openid).put("msgtype", "text")
                .put("text", new JsonObject().put("content", content)), subscribe(openid, templateId, content));
    }

    long subscribeMessage(String openid, String templateId, String thing) {
        return insert(openid, "SUBSCRIBE", templateId, subscribe(openid, templateId, thing), null);
    }

    void grant(String openid, String templateId, int count) {
        pool.preparedQuery("INSERT INTO subscription (openid, template_id, remaining) VALUES ($1, $2, $3)")
                .execute(Tuple.of(openid, templateId, count)).await().atMost(Duration.ofSeconds(10));
    }

    /** When the user last wrote to us, as UserActivity records it; the 48 h reply window runs from it. */
    void lastWrote(String openid, OffsetDateTime at) {
        pool.preparedQuery("INSERT INTO user_contact (openid, last_message_at) VALUES ($1, $2)"
                        + " ON CONFLICT (openid) DO UPDATE SET last_message_at = $2")
                .execute(Tuple.of(openid, at)).await().atMost(Duration.ofSeconds(10));
    }

    int remaining(String openid, String templateId) {
        var rows = pool.preparedQuery("SELECT remaining FROM subscription WHERE openid = $1 AND template_id = $2")
                .execute(Tuple.of(openid, templateId)).await().atMost(Duration.ofSeconds(10));
        return rows.size() == 0 ? 0 : rows.iterator().next().getInteger(0);
    }

    String status(long id) {
        return row(id).getString("status");
    }

    io.vertx.mutiny.sqlclient.Row row(long id) {
        return pool.preparedQuery("SELECT status, attempts, last_errcode, last_error, kind FROM outbox_message WHERE "
                + "id = $1")
                .execute(Tuple.of(id)).await().atMost(Duration.ofSeconds(10)).iterator().next();
    }

    private static JsonObject subscribe(String openid, String templateId, String thing) {
        return new JsonObject().put("touser", openid).put("template_id", templateId).put("page", "pages/index")
                .put("data", new JsonObject().put("thing1", new JsonObject().put("value", thing)));
    }

    private long insert(String openid, String kind, String templateId, JsonObject body, JsonObject fallback) {
        return pool.preparedQuery("INSERT INTO outbox_message (openid, kind, template_id, body, fallback, source)"
                        + " VALUES ($1, $2, $3, $4::text::jsonb, $5::text::jsonb, 'test') RETURNING id")
                .execute(Tuple.of(openid, kind, templateId, body.encode(), fallback == null ? null : fallback.encode()))
                .await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
    }
}
