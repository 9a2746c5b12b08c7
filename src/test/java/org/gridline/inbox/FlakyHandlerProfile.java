package org.gridline.inbox;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;
import java.util.Set;

/** Fast retries and a handler that fails on demand. */
public class FlakyHandlerProfile implements QuarkusTestProfile {
    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(FlakyHandler.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        // With the conversation handler replaced, the features behind it have no caller in this build; keep their beans
        // (and so their config mappings) so that the configuration validates as it does in the real application.
        return Map.of("gridline.inbox.max-attempts", "3", "gridline.inbox.retry-delay", "100ms",
                "gridline.inbox.redrive-interval", "200ms", "quarkus.arc.remove-unused-beans", "none");
    }
}
