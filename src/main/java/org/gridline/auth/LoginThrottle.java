package org.gridline.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Bounds password guessing with growing waits instead of locking accounts. Two counts of failures, each forgotten after
 * {@code forgetAfter} without a new failure:
 * <ul>
 *   <li><b>per client address</b>: after {@code free} failures from one address (whatever the usernames), each further
 *   attempt from it must wait 1 s, 2 s, 4 s … after its last failure, up to {@code maxDelay}. One address cannot
 *   brute-force: after the free ones it gets about one guess per {@code maxDelay}.</li>
 *   <li><b>per username</b>, over all addresses: after {@code free} failures for a username, every address that has
 *   itself failed for that username must wait 1 s, 2 s … after its own last failure for it, up to the small
 *   {@code usernameMaxDelay}. Many addresses guessing one password are each slowed to one guess per
 *   {@code usernameMaxDelay} on top of their own per-address wait.</li>
 * </ul>
 * No shared slot is ever taken: the wait of an address depends only on its own failures and on the count of the
 * username's failures. So a stranger's failures cannot keep the real user out: from an address that has not failed for
 * that username the right password is checked at once, and after a typo it waits at most {@code usernameMaxDelay}.
 * A refused attempt (answered 429 with Retry-After) is not checked and not counted. Kept in memory, per instance: with
 * n instances behind a load balancer every bound is n times as loose, and a restart forgets. Thread-safe.
 */
public final class LoginThrottle {
    /**
     * Keys tracked before expired entries are swept (and at least once per forgetAfter); random names cannot grow
     * memory without end.
     */
    private static final int SWEEP_ABOVE = 10_000;
    private static final int MAX_DOUBLINGS = 30;

    private final int free;
    private final Duration maxDelay;
    private final Duration usernameMaxDelay;
    private final Duration forgetAfter;
    private final Map<String, Failures> clients = new HashMap<>();
    private final Map<String, Failures> usernames = new HashMap<>();
    private final Map<String, Instant> pairs = new HashMap<>();
    private int sweepAbove = SWEEP_ABOVE;
    private Instant lastSweep = Instant.MIN;

    private static final class Failures {
        int count;
        Instant last;
    }

    public LoginThrottle(int free, Duration maxDelay, Duration usernameMaxDelay, Duration forgetAfter) {
        if (free < 1) {
            throw new IllegalArgumentException("the free failures must be at least 1");
        }
        if (forgetAfter.compareTo(maxDelay) < 0) {
            throw new IllegalArgumentException("failures must be kept at least as long as the longest wait");
        }
        this.free = free;
        this.maxDelay = maxDelay;
        this.usernameMaxDelay = usernameMaxDelay;
        this.forgetAfter = forgetAfter;
    }

    /** How long this client must still wait before an attempt for the username is checked; zero when it may now. */
    public synchronized Duration waitFor(String client, String username, Instant now) {
        Duration wait = Duration.ZERO;
        Failures byClient = current(clients, client, now);
        if (byClient != null) {
            wait = max(wait, remaining(byClient.last, byClient.count, maxDelay, now));
        }
        Failures byName = current(usernames, key(username), now);
        Instant ownLast = pairs.get(pair(client, username));
        if (byName != null && ownLast != null) {
            wait = max(wait, remaining(ownLast, byName.count, usernameMaxDelay, now));
        }
        return wait;
    }

    public synchronized void failed(String client, String username, Instant now) {
        if (tracked() > sweepAbove || expired(lastSweep, now)) {
            sweep(now);
        }
        count(clients, client, now);
        count(usernames, key(username), now);
        pairs.put(pair(client, username), now);
    }

    /** The right password from this client: its own failures for the username no longer slow it down. */
    public synchronized void succeeded(String client, String username) {
        pairs.remove(pair(client, username));
    }

    /** The wait after {@code count} failures, the last at {@code last}: 2^(count − free) s, capped. */
    Duration remaining(Instant last, int count, Duration cap, Instant now) {
        if (count < free) {
            return Duration.ZERO;
        }
        Duration delay = Duration.ofSeconds(1L << Math.min(count - free, MAX_DOUBLINGS));
        Duration left = Duration.between(now, last.plus(delay.compareTo(cap) > 0 ? cap : delay));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private Failures current(Map<String, Failures> map, String key, Instant now) {
        Failures failures = map.get(key);
        if (failures != null && expired(failures.last, now)) {
            map.remove(key);
            return null;
        }
        return failures;
    }

    private void count(Map<String, Failures> map, String key, Instant now) {
        Failures failures = current(map, key, now);
        if (failures == null) {
            failures = new Failures();
            map.put(key, failures);
        }
        failures.count++;
        failures.last = now;
    }

    private void sweep(Instant now) {
        clients.values().removeIf(f -> expired(f.last, now));
        usernames.values().removeIf(f -> expired(f.last, now));
        pairs.values().removeIf(last -> expired(last, now));
        sweepAbove = Math.max(SWEEP_ABOVE, 2 * tracked());
        lastSweep = now;
    }

    private boolean expired(Instant last, Instant now) {
        return !last.plus(forgetAfter).isAfter(now);
    }

    int tracked() {
        return clients.size() + usernames.size() + pairs.size();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String pair(String client, String username) {
        return client + "\n" + key(username);
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
