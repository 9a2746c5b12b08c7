package org.gridline.wechat;

import io.smallrye.mutiny.Uni;

/**
 * Where the callback puts a verified push before it answers {@code success}: the inbox implements it. A port, so the
 * dependency runs one way: the inbox (and what processes its messages) reads this package's {@link InboundMessage}
 * and {@link PushNonce}, and this package, the platform adapter, knows nothing of the inbox.
 */
public interface PushStore {
    /**
     * Completes once the message (or an earlier copy of it) is committed with its signed pair; fails with
     * {@link ReplayedPush}, storing nothing, when another message already used the pair. {@code nonce} may be null.
     */
    Uni<Void> store(InboundMessage message, PushNonce nonce);
}
