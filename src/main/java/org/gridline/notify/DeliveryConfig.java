package org.gridline.notify;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How replies and notifications are delivered to the platform. */
@ConfigMapping(prefix = "gridline.delivery")
public interface DeliveryConfig {

    /** Deliver outbox messages from this instance (every instance may; rows are claimed by one). */
    @WithDefault("true")
    boolean enabled();

    /** First retry delay; doubles per attempt with full jitter. */
    @WithDefault("1s")
    Duration backoffBase();

    /** Longest retry delay. */
    @WithDefault("5m")
    Duration backoffCap();

    /** Platform calls per second for this app (token bucket), shared by all sends of this instance. */
    @WithDefault("200")
    double ratePerSecond();

    /** Calls that may go at once after a quiet period (bucket capacity). */
    @WithDefault("50")
    int burst();

    /** Most messages being sent at once by this instance (the bounded queue). */
    @WithDefault("32")
    int maxInFlight();

    /** How often an idle worker looks for due messages: the safety net under the wake-ups of {@link #listen()}. */
    @WithDefault("50ms")
    Duration pollInterval();

    /** LISTEN for the outbox's commits (PostgreSQL NOTIFY) and deliver at once instead of at the next poll. */
    @WithDefault("true")
    boolean listen();

    /** A claimed message not finished within this time is claimed again (its sender died). */
    @WithDefault("60s")
    Duration claimTimeout();

    /** Timeout of one platform API call. */
    @WithDefault("5s")
    Duration requestTimeout();

    /** How long after a user's last message customer-service messages are allowed (a reply's useful life). */
    @WithDefault("48h")
    Duration replyWindow();

    /** How long a failing platform is retried for a notice without its own deadline, from when it was written. */
    @WithDefault("24h")
    Duration noticeLife();

    /** Transient platform failures in a row (no answer between them) that pause the whole worker. */
    @WithDefault("20")
    int breakerThreshold();

    /** How long the paused worker waits before its first probe; doubles after each failed probe. */
    @WithDefault("2s")
    Duration breakerOpen();

    /** Longest wait between probes while the platform keeps failing. */
    @WithDefault("30s")
    Duration breakerOpenMax();

    /** At shutdown, how long sends already under way may take to finish and be marked before the pools close. */
    @WithDefault("10s")
    Duration stopTimeout();
}
