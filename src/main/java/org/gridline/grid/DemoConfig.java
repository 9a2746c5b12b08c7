package org.gridline.grid;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;

/** The demo city loaded at start, so that a newcomer sees a real-looking street. */
@ConfigMapping(prefix = "gridline.demo")
public interface DemoConfig {

    /**
     * Load the demo city at start (what exists already is left alone); application.properties: on with the embedded
     * database.
     */
    @WithDefault("false")
    boolean enabled();

    /** Folder of the demo data files (city.yaml, people.yaml, departments.yaml; recruitments.yaml, rewards.yaml). */
    @WithDefault("config/demo")
    Path directory();
}
