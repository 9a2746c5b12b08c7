package org.gridline.inbox;

import io.smallrye.mutiny.subscription.UniEmitter;
import org.gridline.wechat.InboundMessage;
import org.gridline.wechat.PushNonce;

/**
 * One push waiting in {@link InboxWriter}'s queue, with the caller to answer once its batch has committed. Identity
 * matters (not a record): two copies of one push are two callers to answer.
 */
final class PendingPush {
    final InboundMessage message;
    final PushNonce nonce;
    final String payload;
    final UniEmitter<? super Void> emitter;

    PendingPush(InboundMessage message, PushNonce nonce, String payload, UniEmitter<? super Void> emitter) {
        this.message = message;
        this.nonce = nonce;
        this.payload = payload;
        this.emitter = emitter;
    }
}
