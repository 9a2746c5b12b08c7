package org.gridline.inbox;

import io.quarkus.logging.Log;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs each user's pending messages one at a time, in order, with a bounded number of users at once. A request for a
 * user already being drained only marks "look again", so a burst of one user's messages costs one drain loop. Memory
 * is bounded by the number of distinct users waiting, not by the number of messages.
 */
@ApplicationScoped
public class InboxDrainer {
    private final InboxProcessor processor;
    private final Vertx vertx;
    private final int maxUsers;
    private final boolean enabled;
    private final Map<String, Boolean> active = new ConcurrentHashMap<>(); // openid → look again after this step
    private final Queue<String> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger running = new AtomicInteger();

    public InboxDrainer(InboxProcessor processor, Vertx vertx, InboxConfig config) {
        this.processor = processor;
        this.vertx = vertx;
        this.maxUsers = config.concurrentUsers();
        this.enabled = config.processingEnabled();
    }

    /** Asks for {@code openid}'s pending messages to be processed (soon, in order). */
    public void request(String openid) {
        if (!enabled) {
            return;
        }
        while (true) {
            if (active.putIfAbsent(openid, Boolean.FALSE) == null) {
                waiting.add(openid);
                startWhileCapacity();
                return;
            }
            if (active.computeIfPresent(openid, (user, again) -> Boolean.TRUE) != null) {
                return; // its running drain looks again before it stops
            }
            // the drain stopped between the two calls: try again to become the one that starts it
        }
    }

    private void startWhileCapacity() {
        while (!waiting.isEmpty()) {
            int current = running.get();
            if (current >= maxUsers) {
                return;
            }
            if (running.compareAndSet(current, current + 1)) {
                String openid = waiting.poll();
                if (openid == null) {
                    running.decrementAndGet();
                    continue;
                }
                // Hibernate Reactive needs its own duplicated context per unit of work, flagged as safe
                io.vertx.core.Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
                VertxContextSafetyToggle.setContextSafe(context, true);
                context.runOnContext(v -> step(openid));
            }
        }
    }

    private void step(String openid) {
        active.put(openid, Boolean.FALSE);
        io.smallrye.mutiny.Uni.createFrom().deferred(() -> processor.processNext(openid)).subscribe().with(
                processed -> after(openid, processed),
                failure -> {
                    Log.errorf("Inbox drain of a user failed: %s", failure.toString());
                    after(openid, false);
                });
    }

    private void after(String openid, boolean processed) {
        if (processed || Boolean.TRUE.equals(active.get(openid))) {
            step(openid);
            return;
        }
        if (!active.remove(openid, Boolean.FALSE)) {
            step(openid); // a request arrived between the check and the removal
            return;
        }
        running.decrementAndGet();
        startWhileCapacity();
    }
}
