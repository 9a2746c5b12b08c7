package org.gridline.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Where features put what a person should receive. Call it inside the transaction of the change that caused the
 * message: the row commits with the change or not at all, and its commit wakes {@link DeliveryWorker} (the outbox's
 * insert trigger sends NOTIFY, delivered at commit; {@link OutboxListener}), which sends it.
 * Template data is checked and fitted to the platform's limits here, so a length never comes back as 47003.
 *
 * <p>Each kind may carry a fallback of the other kind: a customer-service reply a subscribe message (sent when the
 * 48 h reply window has closed), a subscribe message a customer-service message (sent when the user has no
 * subscription left for the template or refused it, 43101; it then waits, HELD, if the reply window is closed too).
 */
@ApplicationScoped
public class Outbox {
    private final ObjectMapper json;
    private final Clock clock;
    private final TemplateValues templateValues;

    public Outbox(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
        this.templateValues = new TemplateValues(clock.getZone());
    }

    /** A text reply into the user's chat. */
    public Uni<OutboxMessage> text(String openid, String content, String source) {
        return reply(OutboundMessage.text(openid, content), null, source);
    }

    /** A customer-service reply; {@code fallback} (may be null) is sent instead if the 48 h window has closed. */
    public Uni<OutboxMessage> reply(OutboundMessage message, OutboundMessage.Subscribe fallback, String source) {
        OutboxMessage row = row(message.touser(), OutboxKind.CUSTOM, null, message, source);
        row.fallback = fallback == null ? null : write(fallback);
        return persist(row);
    }

    /** A subscribe message (notification); consumes one of the user's subscriptions when sent. */
    public Uni<OutboxMessage> notify(String openid, String templateId, String page, Map<String, ?> data,
            String source) {
        return notify(openid, templateId, page, data, source, null);
    }

    /**
     * A subscribe message; {@code fallback} (a customer-service message to the same user, may be null) is sent instead
     * if the user has no subscription left for the template or refuses it. Like any reply, the fallback is held until
     * the user writes when their 48 h window has closed.
     *
     * @throws IllegalArgumentException if the fallback is a subscribe message or addressed to someone else
     */
    public Uni<OutboxMessage> notify(String openid, String templateId, String page, Map<String, ?> data, String source,
                                     OutboundMessage fallback) {
        return notify(openid, templateId, page, data, source, fallback, null);
    }

    /**
     * The same, with the notice's own deadline: delivery keeps retrying a failing platform until then (null: the
     * default notice life, {@code gridline.delivery.notice-life}), and gives up after it (a dead letter).
     */
    public Uni<OutboxMessage> notify(String openid, String templateId, String page, Map<String, ?> data, String source,
                                     OutboundMessage fallback, OffsetDateTime usefulUntil) {
        checkCustomFallback(openid, fallback);
        OutboundMessage.Subscribe message = subscribe(openid, templateId, page, data);
        OutboxMessage row = row(openid, OutboxKind.SUBSCRIBE, templateId, message, source);
        row.fallback = fallback == null ? null : write(fallback);
        row.usefulUntil = usefulUntil;
        return persist(row);
    }

    /** Builds a subscribe message with its data fitted to the platform's limits. */
    public OutboundMessage.Subscribe subscribe(String openid, String templateId, String page, Map<String, ?> data) {
        return OutboundMessage.Subscribe.of(openid, templateId, page, OutboundMessage.Subscribe.State.FORMAL,
                OutboundMessage.Subscribe.Lang.ZH_CN, templateValues.prepare(data));
    }

    /** A subscribe message's fallback must be a customer-service message to the same user (or none). */
    static void checkCustomFallback(String openid, OutboundMessage fallback) {
        if (fallback instanceof OutboundMessage.Subscribe) {
            throw new IllegalArgumentException("The fallback of a subscribe message must be a customer-service "
                    + "message");
        }
        if (fallback != null && !fallback.touser().equals(openid)) {
            throw new IllegalArgumentException("The fallback must go to the same user as the subscribe message");
        }
    }

    private Uni<OutboxMessage> persist(OutboxMessage row) {
        return row.persist();
    }

    private OutboxMessage row(String openid, OutboxKind kind, String templateId, OutboundMessage body, String source) {
        OutboxMessage row = new OutboxMessage();
        row.openid = openid;
        row.kind = kind;
        row.templateId = templateId;
        row.body = write(body);
        row.source = source;
        OffsetDateTime now = OffsetDateTime.now(clock);
        row.createdAt = now;
        row.nextAttemptAt = now;
        return row;
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An outbound message could not be serialised", e);
        }
    }
}
