package org.gridline.notify;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Sent, retried, failed by errcode, dead-lettered, and the time from outbox row to platform acceptance. */
@ApplicationScoped
public class DeliveryMetrics {
    private final MeterRegistry registry;
    private final Counter sent;
    private final Counter retried;
    private final Counter deadLettered;
    private final Timer latency;
    private final Map<String, Counter> failures = new ConcurrentHashMap<>();

    public DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.sent = registry.counter("gridline.delivery.sent");
        this.retried = registry.counter("gridline.delivery.retried");
        this.deadLettered = registry.counter("gridline.delivery.dead_lettered");
        this.latency = Timer.builder("gridline.delivery.latency").publishPercentiles(0.5, 0.99).register(registry);
    }

    void sent(Duration sinceCreated) {
        sent.increment();
        latency.record(sinceCreated);
    }

    void retried() {
        retried.increment();
    }

    void deadLettered() {
        deadLettered.increment();
    }

    void failed(String errcode) {
        failures.computeIfAbsent(errcode, code -> Counter.builder("gridline.delivery.failed").tag("errcode", code)
                .register(registry)).increment();
    }
}
