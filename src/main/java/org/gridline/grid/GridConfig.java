package org.gridline.grid;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The city model: how fresh the location lookup is kept. */
@ConfigMapping(prefix = "gridline.grid")
public interface GridConfig {

    /**
     * How often the grid map (outlines and buildings) is reloaded anyway; writes on this instance reload it at once,
     * this bounds how long another instance's writes take to be seen here.
     */
    @WithDefault("60s")
    Duration directoryRefresh();
}
