package org.gridline.conversation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.inbox.InboundHandler;
import org.gridline.notify.Outbox;
import org.gridline.notify.Subscriptions;
import org.gridline.notify.UserActivity;
import org.gridline.wechat.InboundMessage;

import java.time.Instant;
import java.util.Set;

/**
 * What a processed message means. Runs inside the inbox's processing transaction, so the replies it puts in the
 * outbox commit together with the "processed" mark. A user's message reopens their reply window; subscription events
 * are recorded; a message type gridline does not handle gets a polite answer; everything else gets the menu until the
 * reporting and volunteer dialogues take over.
 */
@ApplicationScoped
public class ConversationHandler implements InboundHandler {
    /** Events that count as the user writing to us (they open the 48 h reply window). */
    private static final Set<String> CONTACT_EVENTS = Set.of("user_enter_tempsession");

    private final Outbox outbox;
    private final Subscriptions subscriptions;
    private final UserActivity activity;

    public ConversationHandler(Outbox outbox, Subscriptions subscriptions, UserActivity activity) {
        this.outbox = outbox;
        this.subscriptions = subscriptions;
        this.activity = activity;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance menu();

        static native TemplateInstance unsupported();
    }

    @Override
    public Uni<Void> handle(InboundMessage message) {
        if (subscriptions.isSubscriptionEvent(message)) {
            return subscriptions.record(message);
        }
        if (message.isEvent() && !CONTACT_EVENTS.contains(message.event())) {
            return Uni.createFrom().voidItem();
        }
        return activity.wrote(message.fromUser(), Instant.ofEpochSecond(message.createTime()))
                .chain(() -> reply(message));
    }

    private Uni<Void> reply(InboundMessage message) {
        TemplateInstance answer = message.isKnownType() ? Templates.menu() : Templates.unsupported();
        return outbox.text(message.fromUser(), answer.render().strip(), "conversation").replaceWithVoid();
    }
}
