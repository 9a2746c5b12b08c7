package org.gridline.wechat;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.util.Optional;

/**
 * Builds the plain {@link CallbackVerifier} and {@link MediaUrls} from typed config and the credentials in force, and
 * warns at start when a real platform account is not in safe mode (plaintext pushes are signed only by their query).
 */
@ApplicationScoped
public class CallbackVerifierProducer {

    @Produces
    @ApplicationScoped
    CallbackVerifier verifier(WechatConfig config, WechatCredentials credentials, Clock clock) {
        return new CallbackVerifier(credentials.token(), config.appId(), Optional.of(credentials.encodingAesKey()),
                config.securityMode(), config.maxClockSkew(), clock, (int) config.maxBodySize().asLongValue());
    }

    void onStart(@Observes StartupEvent start, WechatConfig config, WechatCredentials credentials) {
        modeWarning(credentials.simulated(), config.securityMode()).ifPresent(Log::warn);
    }

    /** The start-up warning for a real platform account that accepts plaintext pushes; empty when there is none. */
    static Optional<String> modeWarning(boolean simulated, SecurityMode mode) {
        if (simulated || mode == SecurityMode.SAFE) {
            return Optional.empty();
        }
        return Optional.of("gridline.wechat.security-mode is " + mode.name().toLowerCase(java.util.Locale.ROOT)
                + " for a real platform account: the signature of a plaintext push does not cover its body, so a push"
                + " intercepted on its way can arrive with another body, and its content travels readable; use safe"
                + " (here and in the platform's console) in production");
    }

    @Produces
    @ApplicationScoped
    MediaUrls mediaUrls(WechatConfig config, WechatCredentials credentials) {
        return new MediaUrls(config.mediaHosts(), credentials.simulated());
    }
}
