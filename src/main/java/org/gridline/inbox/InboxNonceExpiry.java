package org.gridline.inbox;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.wechat.WechatConfig;

import java.time.Clock;

/**
 * Forgets signed pairs older than the accepted clock skew (plus a minute): a push that old is refused as stale before
 * the replay cache is asked, so its pair protects nothing. Safe on every instance at once (a plain range delete on the
 * primary key's leading column).
 */
@ApplicationScoped
public class InboxNonceExpiry {
    private static final long MARGIN_SECONDS = 60;

    private final InboxRepository inbox;
    private final Clock clock;
    private final long keepSeconds;

    public InboxNonceExpiry(InboxRepository inbox, Clock clock, WechatConfig wechat) {
        this.inbox = inbox;
        this.clock = clock;
        this.keepSeconds = wechat.maxClockSkew().toSeconds() + MARGIN_SECONDS;
    }

    @Scheduled(every = "${gridline.inbox.nonce-expiry-interval}", delayed = "${gridline.inbox.nonce-expiry-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> periodic() {
        return expire().replaceWithVoid();
    }

    /** Deletes the pairs too old to matter; returns how many. */
    public Uni<Integer> expire() {
        long before = clock.instant().getEpochSecond() - keepSeconds;
        return inbox.expireNonces(before);
    }
}
