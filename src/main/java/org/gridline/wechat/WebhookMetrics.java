package org.gridline.wechat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Counts what the callback accepts (by message type) and refuses (by reason), and logs each refusal once at WARN with
 * its reason only: never the token, the key, the signature or the body.
 */
@ApplicationScoped
public class WebhookMetrics {
    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public WebhookMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Runs a check; a {@link CallbackRejected} is counted and logged, then rethrown for the error mapper. */
    public <T> T rejectionsCounted(Supplier<T> check) {
        try {
            return check.get();
        } catch (CallbackRejected e) {
            throw refused(e);
        }
    }

    /** Counts and logs a refusal found after the checks (e.g. a replay found by the inbox); returns it to be thrown. */
    public CallbackRejected refused(CallbackRejected e) {
        String code = e.reason().code();
        counter("gridline.webhook.rejected", "reason", code).increment();
        Log.warnf("Webhook push refused: %s (%d)", code, e.reason().status());
        return e;
    }

    public void accepted(InboundMessage message) {
        String type = message.isKnownType() ? message.msgType() : "unknown";
        counter("gridline.webhook.accepted", "type", type).increment();
    }

    private Counter counter(String name, String tag, String value) {
        return counters.computeIfAbsent(name + '|' + value,
                k -> Counter.builder(name).tag(tag, value).register(registry));
    }
}
