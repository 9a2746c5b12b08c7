package org.gridline.wechat;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** The platform account gridline serves, and how strictly its pushes are checked. */
@ConfigMapping(prefix = "gridline.wechat")
public interface WechatConfig {
    /** The real platform's API. */
    String PLATFORM_API = "https://api.weixin.qq.com";

    /** Our appid; the trailing appid of every decrypted push must equal it. */
    @WithDefault("wx0000000000gridline")
    String appId();

    /** App secret for the platform API; absent → gridline serves its own platform simulator. */
    Optional<String> appSecret();

    /** Token shared with the platform for signatures; absent (simulator only) → a random one per process. */
    Optional<String> token();

    /** 43-character EncodingAESKey for safe mode; absent (simulator only) → a random one per process. */
    Optional<String> encodingAesKey();

    /** plaintext | compatible | safe ({@code safe} refuses unencrypted pushes). */
    @WithDefault("compatible")
    SecurityMode securityMode();

    /** How far a push's timestamp may be from our clock. */
    @WithDefault("300s")
    Duration maxClockSkew();

    /** Largest accepted push body; larger ones get 413. */
    @WithDefault("64K")
    io.quarkus.runtime.configuration.MemorySize maxBodySize();

    /**
     * Hosts (with their subdomains) whose photo URLs are kept; https only, and in simulator mode also http and the
     * simulator's own loopback host. A photo from anywhere else is dropped and the resident told.
     */
    @WithDefault("mmbiz.qpic.cn,mmbiz.qlogo.cn")
    java.util.List<String> mediaHosts();

    /** Base URL of the platform API (without an app secret gridline uses its own simulator instead). */
    @WithDefault(PLATFORM_API)
    String apiUrl();
}
