package org.gridline.inbox;

import io.smallrye.mutiny.Uni;
import org.gridline.wechat.InboundMessage;

/**
 * What a stored message means to gridline. Called inside the transaction that marks the message processed, so the
 * domain change, its outbox rows and the "processed" mark commit together or not at all.
 */
public interface InboundHandler {
    Uni<Void> handle(InboundMessage message);
}
