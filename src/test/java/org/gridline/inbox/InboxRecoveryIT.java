package org.gridline.inbox;

import org.gridline.testing.PackagedServer;
import org.gridline.wechat.CallbackRequest;
import org.gridline.wechat.PushSigner;
import org.gridline.wechat.SecurityMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Nothing acknowledged is lost: pushes stored by a server that dies (kill -9) before processing them are processed,
 * in each user's order, by the next start.
 */
class InboxRecoveryIT {
    private static final String TOKEN = "recovery-token";
    private static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final String APP_ID = "wxrecovery0000001";

    @TempDir
    Path workDir;

    @Test
    void messagesStoredBeforeACrashAreProcessedAfterRestartInOrder() throws Exception {
        Map<String, String> env = new HashMap<>(Map.of("GRIDLINE_WECHAT_APP_ID", APP_ID,
                "GRIDLINE_WECHAT_TOKEN", TOKEN, "GRIDLINE_WECHAT_ENCODING_AES_KEY", AES_KEY,
                "GRIDLINE_WECHAT_APP_SECRET", "not-used-in-this-test"));
        env.put("GRIDLINE_INBOX_PROCESSING_ENABLED", "false");
        PushSigner signer = new PushSigner(TOKEN, Optional.of(AES_KEY), APP_ID);
        HttpClient http = HttpClient.newHttpClient();
        try (PackagedServer server = PackagedServer.start(workDir, env)) {
            for (int i = 0; i < 40; i++) {
                String body = "<xml><ToUserName>gh_r</ToUserName><FromUserName>o_recover_" + (i % 4)
                        + "</FromUserName><CreateTime>" + System.currentTimeMillis() / 1000
                        + "</CreateTime><MsgType>text</MsgType><Content>第" + i + "条</Content><MsgId>" + (900_000 + i)
                        + "</MsgId></xml>";
                HttpResponse<String> answer = post(http, server, signer.sign(SecurityMode.SAFE, body, Clock.systemUTC()));
                assertEquals(200, answer.statusCode(), answer.body());
                assertEquals("success", answer.body());
            }
            try (Connection c = connect(server)) {
                assertEquals(40, count(c, "SELECT count(*) FROM inbox_message"));
                assertEquals(0, count(c, "SELECT count(*) FROM inbox_message WHERE processed_at IS NOT NULL"));
            }
            server.kill();
        }

        env.remove("GRIDLINE_INBOX_PROCESSING_ENABLED");
        try (PackagedServer restarted = PackagedServer.start(workDir, env)) {
            try (Connection c = connect(restarted)) {
                long deadline = System.currentTimeMillis() + 30_000;
                while (count(c, "SELECT count(*) FROM inbox_message WHERE processed_at IS NOT NULL") < 40) {
                    assertTrue(System.currentTimeMillis() < deadline, "not all recovered messages were processed");
                    Thread.sleep(200);
                }
                assertEquals(0, count(c, """
                        SELECT count(*) FROM (SELECT id, lag(id) OVER (PARTITION BY openid ORDER BY processed_seq) AS prev
                                              FROM inbox_message) x WHERE prev > id"""), "each user's order kept");
            }
            assertTrue(restarted.log().contains("Resuming pending inbox messages of 4 users"), restarted.log());
        }
    }

    private static HttpResponse<String> post(HttpClient http, PackagedServer server, CallbackRequest r) throws Exception {
        String query = "signature=" + r.signature() + "&timestamp=" + r.timestamp() + "&nonce=" + enc(r.nonce())
                + "&encrypt_type=aes&msg_signature=" + r.msgSignature() + "&openid=" + enc(r.openid());
        return http.send(HttpRequest.newBuilder(URI.create(server.url("/wechat/callback?" + query)))
                        .header("Content-Type", "text/xml").POST(HttpRequest.BodyPublishers.ofByteArray(r.body())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Connection connect(PackagedServer server) throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + server.embeddedDatabasePort() + "/postgres",
                "postgres", "postgres");
    }

    private static long count(Connection c, String sql) throws Exception {
        try (var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
