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

    /** Users processed at the same time (each user's messages are always processed one at a time, in order). */
    @WithDefault("16")
    int concurrentUsers();

    /** Most messages written in one transaction by the group commit. */
    @WithDefault("500")
    int maxBatch();

    /** Most write transactions in flight at once; further messages wait and join the next batch. */
    @WithDefault("4")
    int maxBatchesInFlight();
}
