package org.gridline.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Bounds password guessing: after {@code maxFailures} failed logins of one username within a minute, further attempts
 * for that username are refused until the oldest failure is a minute old. Kept in memory, per instance: with n
 * instances behind a load balancer the bound is n × maxFailures per minute. Thread-safe.
 */
public final class LoginThrottle {
    static final Duration WINDOW = Duration.ofMinutes(1);
    /** Usernames tracked before expired entries are swept; guesses at random names cannot grow memory without end. */
    private static final int SWEEP_ABOVE = 10_000;

    private final int maxFailures;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();
    private int sweepAbove = SWEEP_ABOVE;

    public LoginThrottle(int maxFailures) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        this.maxFailures = maxFailures;
    }

    /** Whether an attempt for this username may be checked now. */
    public synchronized boolean allows(String username, Instant now) {
        Deque<Instant> recent = failures.get(key(username));
        if (recent == null) {
            return true;
        }
        expire(recent, now);
        if (recent.isEmpty()) {
            failures.remove(key(username));
        }
        return recent.size() < maxFailures;
    }

    public synchronized void failed(String username, Instant now) {
        if (failures.size() > sweepAbove) {
            failures.values().removeIf(d -> expire(d, now).isEmpty());
            sweepAbove = Math.max(SWEEP_ABOVE, 2 * failures.size());
        }
        failures.computeIfAbsent(key(username), k -> new ArrayDeque<>()).addLast(now);
    }

    public synchronized void succeeded(String username) {
        failures.remove(key(username));
    }

    private static Deque<Instant> expire(Deque<Instant> recent, Instant now) {
        Instant horizon = now.minus(WINDOW);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(horizon)) {
            recent.removeFirst();
        }
        return recent;
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
