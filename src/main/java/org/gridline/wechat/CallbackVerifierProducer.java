package org.gridline.wechat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.util.Optional;

/** Builds the plain {@link CallbackVerifier} from typed config and the credentials in force. */
@ApplicationScoped
public class CallbackVerifierProducer {

    @Produces
    @ApplicationScoped
    CallbackVerifier verifier(WechatConfig config, WechatCredentials credentials, Clock clock) {
        return new CallbackVerifier(credentials.token(), config.appId(), Optional.of(credentials.encodingAesKey()),
                config.securityMode(), config.maxClockSkew(), clock, (int) config.maxBodySize().asLongValue());
    }
}
