package org.gridline.notify;

import org.gridline.testing.PlatformStubResource;

import java.util.HashMap;
import java.util.Map;

/** The platform stub, with a poll so rare that only a wake-up can deliver within a test. */
public class SlowPollStubResource extends PlatformStubResource {
    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("gridline.delivery.poll-interval", "1h");
        return config;
    }
}
