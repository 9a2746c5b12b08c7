package org.gridline.conversation;

import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.conversation.nlu.Intent;
import org.gridline.conversation.nlu.IntentRecognizer;
import org.gridline.conversation.nlu.Recognition;
import org.gridline.grid.GeoPoint;
import org.gridline.inbox.InboundHandler;
import org.gridline.notify.Outbox;
import org.gridline.notify.Subscriptions;
import org.gridline.notify.UserActivity;
import org.gridline.wechat.InboundMessage;
import org.gridline.wechat.MediaUrls;

import java.time.Instant;
import java.util.Set;

/**
 * What a processed message means. Runs inside the inbox's processing transaction, so the form, the domain change and
 * the reply in the outbox commit together with the "processed" mark. A user's message reopens their reply window;
 * subscription events are recorded; text, pins and photos go to the {@link ConversationEngine}; a message type it
 * cannot read gets a polite answer, and a photo from outside the platform's media hosts ({@link MediaUrls}) is dropped
 * and the resident told.
 */
@ApplicationScoped
public class ConversationHandler implements InboundHandler {
    /** Events that count as the user writing to us (they open the 48 h reply window). */
    private static final Set<String> CONTACT_EVENTS = Set.of("user_enter_tempsession");
    private static final String SOURCE = "conversation";

    private final Outbox outbox;
    private final Subscriptions subscriptions;
    private final UserActivity activity;
    private final IntentRecognizer intents;
    private final ConversationEngine engine;
    private final MediaUrls mediaUrls;

    public ConversationHandler(Outbox outbox, Subscriptions subscriptions, UserActivity activity,
                               IntentRecognizer intents, ConversationEngine engine, MediaUrls mediaUrls) {
        this.outbox = outbox;
        this.subscriptions = subscriptions;
        this.activity = activity;
        this.intents = intents;
        this.engine = engine;
        this.mediaUrls = mediaUrls;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance unsupported();

        static native TemplateInstance photoRefused();
    }

    @Override
    public Uni<Void> handle(InboundMessage message) {
        if (subscriptions.isSubscriptionEvent(message)) {
            return subscriptions.record(message);
        }
        if (message.isEvent() && !CONTACT_EVENTS.contains(message.event())) {
            return Uni.createFrom().voidItem();
        }
        Instant sentAt = Instant.ofEpochSecond(message.createTime());
        return activity.wrote(message.fromUser(), sentAt).chain(() -> reply(message, sentAt));
    }

    private Uni<Void> reply(InboundMessage message, Instant sentAt) {
        if (refusedPhoto(message)) {
            return outbox.text(message.fromUser(), Templates.photoRefused().render().strip(), SOURCE).replaceWithVoid();
        }
        Turn turn = turn(message, sentAt);
        Uni<String> answer = turn == null ? Uni.createFrom().item(Templates.unsupported().render().strip())
                : engine.handle(turn);
        return answer.chain(text -> outbox.text(message.fromUser(), text, SOURCE)).replaceWithVoid();
    }

    /** A photo whose URL is not from the platform's media hosts: dropped (never stored in a form or report). */
    private boolean refusedPhoto(InboundMessage m) {
        if (!"image".equals(m.msgType()) || m.picUrl() == null) {
            return false;
        }
        var refusal = mediaUrls.refusal(m.picUrl());
        refusal.ifPresent(reason -> Log.warnf("Photo of message %d dropped: %s", m.msgId(), reason));
        return refusal.isPresent();
    }

    /** The message as a turn of the conversation; null for what it cannot read (a voice note without text, a video). */
    private Turn turn(InboundMessage m, Instant sentAt) {
        String openid = m.fromUser();
        switch (m.msgType()) {
            case "location":
                return m.latitude() == null || m.longitude() == null ? null : new Turn(openid, "",
                        Recognition.of(Intent.UNKNOWN), new GeoPoint(m.latitude(), m.longitude()), m.label(), null,
                        sentAt);
            case "image":
                String photo = m.picUrl() != null ? m.picUrl() : m.mediaId();
                return photo == null ? null : new Turn(openid, "", Recognition.of(Intent.UNKNOWN), null, null, photo,
                        sentAt);
            case "event":
                return text(openid, "", sentAt);
            default:
                String text = "text".equals(m.msgType()) ? m.content() : m.recognition();
                return text == null ? null : text(openid, text, sentAt);
        }
    }

    private Turn text(String openid, String text, Instant sentAt) {
        return new Turn(openid, text, intents.recognize(text), null, null, null, sentAt);
    }
}
