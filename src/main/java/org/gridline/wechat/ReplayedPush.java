package org.gridline.wechat;

/**
 * The push reuses a signed (timestamp, nonce) that an earlier, different message already used, and its body is not
 * signed itself: a replay. Nothing of it was stored. The {@link PushStore} fails with it; the callback answers it as
 * a refusal.
 */
public class ReplayedPush extends RuntimeException {
    public ReplayedPush() {
        super("The timestamp and nonce were already used by another message", null, false, false);
    }
}
