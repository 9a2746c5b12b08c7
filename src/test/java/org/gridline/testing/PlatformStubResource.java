package org.gridline.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Starts a {@link PlatformStub} and points gridline's delivery at it as a real platform account (app secret set),
 * with fast retries and a fast circuit breaker so retry and outage paths run in milliseconds.
 */
public class PlatformStubResource implements QuarkusTestResourceLifecycleManager {
    private static volatile PlatformStub stub;

    /** The stub of the running test application. */
    public static PlatformStub stub() {
        return stub;
    }

    @Override
    public Map<String, String> start() {
        try {
            stub = new PlatformStub();
        } catch (Exception e) {
            throw new IllegalStateException("platform stub did not start", e);
        }
        return Map.of("gridline.wechat.api-url", stub.url(),
                "gridline.wechat.app-secret", "stub-secret",
                "gridline.delivery.backoff-base", "10ms",
                "gridline.delivery.backoff-cap", "50ms",
                "gridline.delivery.breaker-open", "50ms",
                "gridline.delivery.breaker-open-max", "200ms",
                "gridline.delivery.rate-per-second", "100",
                "gridline.delivery.burst", "10",
                "gridline.delivery.poll-interval", "20ms");
    }

    @Override
    public void stop() {
        stub.close();
    }
}
