package org.gridline.notify;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.platform.OwnServer;
import org.gridline.wechat.WechatConfig;
import org.gridline.wechat.WechatCredentials;

import java.time.Clock;
import java.util.Set;

/**
 * The one bean that talks to the platform API: it owns the access token (stable_token in normal mode, one fetch in
 * flight at a time, never {@code force_refresh}), timeouts, and the mapping of answers to {@link PlatformOutcome}s.
 * A token error drops the cached token only if it is the one that failed, fetches once and retries once.
 * Without an app secret it talks to gridline's own simulator at {@code /simulator}.
 */
@ApplicationScoped
public class PlatformClient {
    private static final Set<Integer> TOKEN_ERRORS = Set.of(40001, 40014, 42001);

    private final WebClient web;
    private final WechatConfig wechat;
    private final WechatCredentials credentials;
    private final AccessTokenCache tokens;
    private final long timeoutMillis;
    public PlatformClient(Vertx vertx, WechatConfig wechat, WechatCredentials credentials, DeliveryConfig config,
                          Clock clock) {
        this.web = WebClient.create(vertx, new WebClientOptions().setMaxPoolSize(64).setKeepAlive(true)
                .setConnectTimeout((int) config.requestTimeout().toMillis()));
        this.wechat = wechat;
        this.credentials = credentials;
        this.timeoutMillis = config.requestTimeout().toMillis();
        this.tokens = new AccessTokenCache(this::fetchToken, clock);
    }

    /** Posts {@code body} to {@code apiPath} with a valid token. Never fails: failures are outcomes. */
    public Uni<PlatformOutcome> send(String apiPath, String body) {
        return tokens.token()
                .chain(token -> post(apiPath, token, body).chain(outcome -> isTokenError(outcome)
                        ? retryWithFreshToken(apiPath, token, body) : Uni.createFrom().item(outcome)))
                .onFailure().recoverWithItem(PlatformOutcome::failed);
    }

    private Uni<PlatformOutcome> retryWithFreshToken(String apiPath, String failedToken, String body) {
        tokens.invalidate(failedToken);
        return tokens.token().chain(fresh -> post(apiPath, fresh, body));
    }

    private Uni<PlatformOutcome> post(String apiPath, String token, String body) {
        return web.postAbs(baseUrl() + apiPath).addQueryParam("access_token", token).timeout(timeoutMillis)
                .putHeader("Content-Type", "application/json")
                .sendBuffer(Buffer.buffer(body))
                .map(PlatformClient::outcome)
                .onFailure().recoverWithItem(PlatformOutcome::failed);
    }

    private Uni<AccessTokenCache.FetchedToken> fetchToken() {
        JsonObject request = new JsonObject().put("grant_type", "client_credential").put("appid", wechat.appId())
                .put("secret", wechat.appSecret().orElse("simulator")).put("force_refresh", false);
        return web.postAbs(baseUrl() + "/cgi-bin/stable_token").timeout(timeoutMillis).sendJsonObject(request)
                .map(response -> {
                    JsonObject answer = json(response);
                    String token = answer == null ? null : answer.getString("access_token");
                    if (response.statusCode() != 200 || token == null) {
                        Log.warnf("Access token refused: HTTP %d, errcode %s", response.statusCode(),
                                answer == null ? "-" : answer.getValue("errcode"));
                        throw new IllegalStateException("access token refused (HTTP " + response.statusCode() + ")");
                    }
                    return new AccessTokenCache.FetchedToken(token, answer.getLong("expires_in", 7200L));
                });
    }

    private static PlatformOutcome outcome(HttpResponse<Buffer> response) {
        JsonObject answer = json(response);
        Integer errcode = answer == null ? null : answer.getInteger("errcode", 0);
        return PlatformOutcome.answered(response.statusCode(), errcode, answer == null ? null
                : answer.getString("errmsg"));
    }

    private static boolean isTokenError(PlatformOutcome outcome) {
        return outcome instanceof PlatformOutcome.Answered a && a.errcode() != null
                && TOKEN_ERRORS.contains(a.errcode());
    }

    private static JsonObject json(HttpResponse<Buffer> response) {
        try {
            return response.body() == null ? null : response.bodyAsJsonObject();
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    /** The API base: configured, or this server's own simulator when no app secret is set. */
    /**
     * The platform's base URL. The simulator's is read anew on every call, never kept: a send at start-up (the demo's
     * notices) runs before this server has bound its port, and a kept URL would name the wrong port for good (a test
     * JVM's earlier application left its random port in the configuration), failing every later send.
     */
    String baseUrl() {
        return credentials.simulated() && wechat.apiUrl().equals(WechatConfig.PLATFORM_API)
                ? "http://" + OwnServer.host() + ":" + OwnServer.port() + "/simulator" : wechat.apiUrl();
    }

}
