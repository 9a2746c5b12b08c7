package org.gridline.points;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the points ledger. */
@ConfigMapping(prefix = "gridline.points")
public interface PointsConfig {

    /** When the nightly ledger check runs (Quartz cron: second minute hour day month weekday), in check-time-zone. */
    @WithDefault("0 0 3 * * ?")
    String checkCron();

    /** Time zone of check-cron. */
    @WithDefault("Asia/Shanghai")
    String checkTimeZone();

    /** Entries per page of a volunteer's statement. */
    @WithDefault("20")
    int statementPageSize();

    /** How long a redemption waits for pickup before it expires and returns its points and units. */
    @WithDefault("7d")
    java.time.Duration redemptionExpiry();

    /** How often expired redemptions are looked for. */
    @WithDefault("1m")
    java.time.Duration expiryCheckInterval();

    /**
     * The most points one award may carry: a recruitment offering more is refused, and the ledger check flags any award
     * above it that has not been reversed.
     */
    @WithDefault("1000")
    long maxAward();

    /** Digits of a pickup code. */
    @WithDefault("8")
    int pickupCodeDigits();
}
