package org.gridline.inbox;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.gridline.platform.Channels;
import org.gridline.wechat.InboundMessage;
import org.gridline.wechat.PushNonce;
import org.gridline.wechat.PushStore;
import org.gridline.wechat.ReplayedPush;

/**
 * The inbox: a push is stored durably, then its user is signalled for processing. A lost signal (full buffer, crash)
 * costs only latency: {@link InboxRedrive} finds every pending message in the table.
 */
@ApplicationScoped
public class InboxService implements PushStore {
    private final InboxWriter writer;
    private final Emitter<InboxSignal> signals;

    public InboxService(InboxWriter writer,
                        @Channel(Channels.INBOUND) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 16384)
                        Emitter<InboxSignal> signals) {
        this.writer = writer;
        this.signals = signals;
    }

    /** Completes when the message is committed (a duplicate of a stored message completes too, storing nothing). */
    public Uni<Void> store(InboundMessage message) {
        return store(message, null);
    }

    /**
     * Stores a push with its signed (timestamp, nonce); fails with {@link ReplayedPush}, storing nothing, when another
     * message already used that pair within the accepted clock skew.
     */
    @Override
    public Uni<Void> store(InboundMessage message, PushNonce nonce) {
        return writer.write(message, nonce).invoke(() -> signal(message.fromUser()));
    }

    void signal(String openid) {
        try {
            signals.send(new InboxSignal(openid)).exceptionally(e -> null);
        } catch (RuntimeException e) {
            Log.debugf("Inbox signal not sent (%s); the re-drive will pick the message up", e.getMessage());
        }
    }
}
