package org.gridline.simulator;

import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.platform.error.DomainException;
import org.gridline.wechat.WechatCredentials;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The state of the stand-in platform: the access token it issued, the messages it "delivered" to each user (the
 * last {@value #KEEP} per user, in memory: a demo, not a store), and an optional share of calls to fail with a chosen
 * errcode, for trying gridline's retry path from the page.
 */
@ApplicationScoped
public class SimulatedPlatform {
    static final int KEEP = 200;

    private final Clock clock;
    private final WechatCredentials credentials;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Deque<Delivered>> inboxes = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private volatile String token = newToken();
    private volatile Fault fault = new Fault(0, 0);

    public SimulatedPlatform(Clock clock, WechatCredentials credentials) {
        this.clock = clock;
        this.credentials = credentials;
    }

    /** The simulator exists only while no app secret is configured; otherwise its endpoints answer 404. */
    void requireActive() {
        if (!credentials.simulated()) {
            throw DomainException.notFound("no-simulator",
                    "The simulator runs only when no app secret is configured");
        }
    }

    /** A message the platform accepted for a user. */
    public record Delivered(long seq, long at, String kind, JsonObject body) {
    }

    /** Fail {@code share} (0..1) of message calls with {@code errcode}. */
    public record Fault(int errcode, double share) {
    }

    String token() {
        return token;
    }

    boolean validToken(String candidate) {
        return token.equals(candidate);
    }

    /** Simulates the platform rotating its token (the old one becomes invalid: 40001 for its holders). */
    void rotateToken() {
        token = newToken();
    }

    Fault fault() {
        return fault;
    }

    void fault(Fault newFault) {
        fault = newFault;
    }

    /** The errcode the platform answers this call with: 0, or the injected fault. */
    int roll() {
        Fault f = fault;
        return f.share() > 0 && random.nextDouble() < f.share() ? f.errcode() : 0;
    }

    void deliver(String openid, String kind, JsonObject body) {
        Deque<Delivered> inbox = inboxes.computeIfAbsent(openid, k -> new ArrayDeque<>());
        synchronized (inbox) {
            inbox.addLast(new Delivered(sequence.incrementAndGet(), clock.millis(), kind, body));
            while (inbox.size() > KEEP) {
                inbox.removeFirst();
            }
        }
    }

    /** What {@code openid} received after sequence number {@code after}. */
    public List<Delivered> received(String openid, long after) {
        Deque<Delivered> inbox = inboxes.get(openid);
        if (inbox == null) {
            return List.of();
        }
        synchronized (inbox) {
            return new ArrayList<>(inbox.stream().filter(d -> d.seq() > after).toList());
        }
    }

    private String newToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return "sim_" + java.util.HexFormat.of().formatHex(bytes);
    }
}
