package org.gridline.notify;

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
    private final SubscriptionRepository subscriptions;

    public Subscriptions(SubscriptionRepository subscriptions) {
        this.subscriptions = subscriptions;
    }

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
        return subscriptions.grant(openid, templateId);
    }

    private Uni<Void> withdraw(String openid, String templateId) {
        return subscriptions.withdraw(openid, templateId);
    }
}
