package org.gridline.simulator;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.platform.error.DomainException;
import org.gridline.wechat.WechatCredentials;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

/**
 * The state of the stand-in platform: the access token it issued and an optional share of calls to fail with a chosen
 * errcode (both in memory: a restart issues a new token and clears the fault), and each user's chat, kept in the
 * database ({@link SimulatorChat}) so that the panes keep their history across restarts.
 */
@ApplicationScoped
public class SimulatedPlatform {
    private final Clock clock;
    private final WechatCredentials credentials;
    private final SimulatorChat chat;
    private final SecureRandom random = new SecureRandom();
    private volatile String token = newToken();
    private volatile Fault fault = Fault.NONE;

    public SimulatedPlatform(Clock clock, WechatCredentials credentials, SimulatorChat chat) {
        this.clock = clock;
        this.credentials = credentials;
        this.chat = chat;
    }

    /** The simulator exists only while no app secret is configured; otherwise its endpoints answer 404. */
    void requireActive() {
        if (!credentials.simulated()) {
            throw DomainException.notFound("no-simulator",
                    "The simulator runs only when no app secret is configured");
        }
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
        return f.fails(random.nextDouble()) ? f.errcode() : 0;
    }

    /** Records a message the platform accepted for a user. */
    Uni<Long> deliver(String openid, String kind, JsonObject body) {
        return chat.add(openid, kind, body, clock.instant());
    }

    /** Records what a user sent from a pane. */
    Uni<Long> sent(SimulatedPush push) {
        return chat.add(push.openid(), "user", JsonObject.mapFrom(push), clock.instant());
    }

    /** {@code openid}'s chat after sequence number {@code after}. */
    public Uni<List<SimulatorChat.Entry>> chat(String openid, long after) {
        return chat.after(openid, after);
    }

    private String newToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return "sim_" + java.util.HexFormat.of().formatHex(bytes);
    }
}
