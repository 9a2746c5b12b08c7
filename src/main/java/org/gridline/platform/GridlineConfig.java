package org.gridline.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the service as a whole; each feature has its own mapping under {@code gridline.<feature>}. */
@ConfigMapping(prefix = "gridline")
public interface GridlineConfig {

    /** Folder for everything gridline keeps on disk; the embedded PostgreSQL lives in {@code <data-dir>/pg}. */
    @WithDefault("data")
    String dataDir();

    /** The zero-setup database used when no datasource URL is configured. */
    EmbeddedDatabase embeddedDatabase();

    interface EmbeddedDatabase {
        /** Set by the embedded database itself when it is the one in use; never set it by hand. */
        @WithDefault("false")
        boolean active();

        /** fsync, full_page_writes and synchronous_commit on; only throwaway test databases turn this off. */
        @WithDefault("true")
        boolean durable();
    }
}
