package org.gridline.platform.db;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;
import org.junit.jupiter.api.Test;

import java.util.Iterator;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** When the config source may start a database: only at runtime, and never when the operator named one. */
class EmbeddedPostgresConfigSourceTest {

    private static ConfigSourceContext context(Map<String, String> values) {
        return new ConfigSourceContext() {
            @Override
            public ConfigValue getValue(String name) {
                return ConfigValue.builder().withName(name).withValue(values.get(name)).build();
            }

            @Override
            public Iterator<String> iterateNames() {
                return values.keySet().iterator();
            }
        };
    }

    @Test
    void duringTheBuildNothingIsStarted() {
        assumeTrue(ExecutionMode.current() == ExecutionMode.UNSET, "only outside a running Quarkus, as during a build");
        var before = EmbeddedPostgresConfigSource.current();
        assertFalse(new EmbeddedPostgresConfigSource().getConfigSources(context(Map.of())).iterator().hasNext());
        assertEquals(before, EmbeddedPostgresConfigSource.current(), "no server was started");
    }

    @Test
    void aConfiguredDatasourceMeansNothingIsStarted() {
        var before = EmbeddedPostgresConfigSource.current();
        var sources = new EmbeddedPostgresConfigSource().getConfigSources(context(Map.of(
                "quarkus.datasource.reactive.url", "postgresql://db.example:5432/gridline")));
        assertFalse(sources.iterator().hasNext());
        assertEquals(before, EmbeddedPostgresConfigSource.current());
    }
}
