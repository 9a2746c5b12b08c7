package org.gridline.testing;

import org.gridline.wechat.CallbackRequest;
import org.gridline.wechat.PushSigner;
import org.gridline.wechat.SecurityMode;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** Posts signed safe-mode pushes to a packaged server, as the platform would (for {@code *IT} tests). */
public final class PushClient {
    public static final String TOKEN = "it-token";
    public static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    public static final String APP_ID = "wxintegration0001";

    private final HttpClient http = HttpClient.newHttpClient();
    private final PushSigner signer = new PushSigner(TOKEN, Optional.of(AES_KEY), APP_ID);

    /** The environment that makes a packaged server accept this client's pushes (a real account, not the simulator). */
    public static Map<String, String> serverEnv() {
        return Map.of("GRIDLINE_WECHAT_APP_ID", APP_ID, "GRIDLINE_WECHAT_TOKEN", TOKEN,
                "GRIDLINE_WECHAT_ENCODING_AES_KEY", AES_KEY, "GRIDLINE_WECHAT_APP_SECRET", "it-secret");
    }

    /** Adds {@code -Denv.NAME=value} system properties to a server environment (to compare settings in benchmarks). */
    public static void passThrough(Map<String, String> env) {
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("env."))
                .forEach(k -> env.put(k.substring(4), System.getProperty(k)));
    }

    /** Sends a text message from {@code openid}; returns the callback's HTTP answer. */
    public HttpResponse<String> text(PackagedServer server, String openid, String content,
            long msgId) throws Exception {
        return text(server.url(""), openid, content, msgId);
    }

    /** The same, to the server at {@code baseUrl} ({@code http://localhost:<port>}). */
    public HttpResponse<String> text(String baseUrl, String openid, String content, long msgId) throws Exception {
        String body = "<xml><ToUserName>gh_it</ToUserName><FromUserName>" + openid + "</FromUserName><CreateTime>"
                + System.currentTimeMillis() / 1000 + "</CreateTime><MsgType>text</MsgType><Content><![CDATA[" + content
                + "]]></Content><MsgId>" + msgId + "</MsgId></xml>";
        CallbackRequest r = signer.sign(SecurityMode.SAFE, body, Clock.systemUTC());
        String query = "signature=" + r.signature() + "&timestamp=" + r.timestamp() + "&nonce=" + enc(r.nonce())
                + "&encrypt_type=aes&msg_signature=" + r.msgSignature() + "&openid=" + enc(r.openid());
        URI callback = URI.create(baseUrl + "/wechat/callback?" + query);
        return http.send(HttpRequest.newBuilder(callback)
                        .header("Content-Type", "text/xml").POST(HttpRequest.BodyPublishers.ofByteArray(r.body()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
