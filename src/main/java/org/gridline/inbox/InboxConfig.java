package org.gridline.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How stored pushes are written and processed. */
@ConfigMapping(prefix = "gridline.inbox")
public interface InboxConfig {

    /** Process stored messages; off only to drain a node or to test recovery (messages are still stored). */
    @WithDefault("true")
    boolean processingEnabled();

    /** Attempts before a message is set aside as failed (a platform retry of it revives it). */
    @WithDefault("5")
    int maxAttempts();

    /** First retry delay after a failed attempt; doubles with each further attempt. */
    @WithDefault("2s")
    Duration retryDelay();

    /** How often pending messages are looked for (after a crash, a lost signal or a retry delay). */
    @WithDefault("5s")
    Duration redriveInterval();

    /**
     * Users processed at the same time (each user's messages are always one at a time, in order). Processing shares
     * the CPU and the event loops with acknowledging pushes; on 2 cores, 2 keeps acknowledgements fast (p99 30 ms at
     * 1,000 msg/s) while processing ~650 msg/s; 4 processes ~780 msg/s with p99 60 ms (bench/webhook.sh).
     */
    @WithDefault("2")
    int concurrentUsers();

    /**
     * How often signed (timestamp, nonce) pairs older than the accepted clock skew are deleted from the replay cache.
     */
    @WithDefault("60s")
    Duration nonceExpiryInterval();

    /** Most messages written in one transaction by the group commit. */
    @WithDefault("500")
    int maxBatch();

    /** Most write transactions in flight at once; further messages wait and join the next batch. */
    @WithDefault("4")
    int maxBatchesInFlight();
}
