package org.gridline.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Reports: when a new report is probably one already filed. */
@ConfigMapping(prefix = "gridline.report")
public interface ReportConfig {

    /** An open report of the same category within this distance (metres) is offered to follow instead of filing. */
    @WithDefault("100")
    double duplicateRadiusMeters();

    /** Only reports filed within this time are considered duplicates (same place or same building). */
    @WithDefault("72h")
    Duration duplicateWindow();

    /** How many of their own reports a resident sees with 查询. */
    @WithDefault("5")
    int recentLimit();
}
