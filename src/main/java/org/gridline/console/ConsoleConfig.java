package org.gridline.console;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The staff console's session. */
@ConfigMapping(prefix = "gridline.console")
public interface ConsoleConfig {

    /** Mark the session cookie {@code Secure} (sent over HTTPS only): set it when the console is served over HTTPS. */
    @WithDefault("false")
    boolean secureCookie();
}
