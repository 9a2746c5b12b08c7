package org.gridline.wechat;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The token and AES key actually in force. A real platform account must configure both; without an app secret
 * gridline talks only to its own simulator, so fresh random values per process are as good as any and keep secrets
 * out of the repository.
 */
@ApplicationScoped
public class WechatCredentials {
    private final String token;
    private final String encodingAesKey;
    private final boolean simulated;

    public WechatCredentials(WechatConfig config) {
        this.simulated = config.appSecret().isEmpty();
        if (!simulated && (config.token().isEmpty() || config.encodingAesKey().isEmpty())) {
            throw new IllegalStateException("gridline.wechat.app-secret is set, so GRIDLINE_WECHAT_TOKEN and "
                    + "GRIDLINE_WECHAT_ENCODING_AES_KEY must be set too (copy them from the platform's console)");
        }
        this.token = config.token().orElseGet(WechatCredentials::randomToken);
        this.encodingAesKey = config.encodingAesKey().orElseGet(WechatCredentials::randomAesKey);
        if (simulated && (config.token().isEmpty() || config.encodingAesKey().isEmpty())) {
            Log.info("No platform account configured: webhook credentials are random for this process (simulator "
                    + "mode)");
        }
    }

    public String token() {
        return token;
    }

    public String encodingAesKey() {
        return encodingAesKey;
    }

    /** True when no app secret is configured and the built-in simulator stands in for the platform. */
    public boolean simulated() {
        return simulated;
    }

    private static String randomToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String randomAesKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key).substring(0, 43);
    }
}
