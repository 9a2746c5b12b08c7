package org.gridline.notify;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.wechat.InboundMessage;

import java.util.Map;

/**
 * Records the one-time authorisations a user grants per template. Each "accept" in a
 * {@code subscribe_msg_popup_event} or {@code subscribe_msg_change_event} allows one more send; a "reject" in a change
 * event withdraws what is left. Sends consume them ({@link OutboxStore#takeSubscription}).
 */
@ApplicationScoped
public class Subscriptions {

    /** True for the events this class understands. */
    public boolean isSubscriptionEvent(InboundMessage message) {
        return message.isEvent() && ("subscribe_msg_popup_event".equals(message.event())
                || "subscribe_msg_change_event".equals(message.event()));
    }

    public Uni<Void> record(InboundMessage event) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Map<String, String> item : event.subscriptions()) {
            String template = item.get("TemplateId");
            String status = item.get("SubscribeStatusString");
            if (template == null || status == null) {
                continue;
            }
            chain = chain.chain(() -> "accept".equalsIgnoreCase(status) ? grant(event.fromUser(), template)
                    : withdraw(event.fromUser(), template));
        }
        return chain;
    }

    /** Adds one authorisation (also used by the simulator page's "subscribe" button through a real event). */
    Uni<Void> grant(String openid, String templateId) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        INSERT INTO subscription (openid, template_id, remaining) VALUES (?1, ?2, 1)
                        ON CONFLICT (openid, template_id)
                        DO UPDATE SET remaining = subscription.remaining + 1, updated_at = now()""")
                .setParameter(1, openid).setParameter(2, templateId).executeUpdate()).replaceWithVoid();
    }

    private Uni<Void> withdraw(String openid, String templateId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "UPDATE subscription SET remaining = 0, updated_at = now() WHERE openid = ?1 AND template_id = ?2")
                .setParameter(1, openid).setParameter(2, templateId).executeUpdate()).replaceWithVoid();
    }
}
