package org.gridline.simulator;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.gridline.testing.Db;
import org.gridline.wechat.MessageBuilder;
import org.gridline.wechat.SecurityMode;
import org.gridline.wechat.Webhook;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The embedded default's whole loop without a platform account: a pane's message is signed, posted to the real
 * callback, stored, processed, answered through the outbox, and "delivered" by the built-in simulated platform.
 */
@QuarkusTest
class SimulatorTest {
    @Inject
    Pool pool;

    private final String openid = "o_sim_" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void thePageIsServed() {
        given().get("/simulator").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("gridline 平台模拟器"));
    }

    @Test
    void thePageRunsOnlyItsOwnScriptAndStyleFiles() {
        var page = given().get("/simulator").then().statusCode(200)
                .header("Content-Security-Policy", allOf(containsString("script-src 'self'"),
                        containsString("style-src 'self'"), containsString("default-src 'none'"),
                        not(containsString("unsafe-inline")), not(containsString("unsafe-eval"))))
                .header("X-Content-Type-Options", "nosniff").extract().asString();
        assertFalse(page.matches("(?s).*<script(?![^>]*\\ssrc=)[^>]*>.*"), "no inline script");
        assertFalse(page.matches("(?s).*(<style|\\sstyle=|\\son[a-z]+=).*"), "no inline style or event handler");
        given().get("/simulator/simulator.js").then().statusCode(200).contentType(containsString("javascript"));
        given().get("/simulator/simulator.css").then().statusCode(200).contentType(containsString("css"));
    }

    @Test
    void aPanesChatIsKeptInTheDatabaseInOrder() {
        push("{\"openid\":\"" + openid + "\",\"type\":\"text\",\"content\":\"你好\"}");
        List<String> kinds = await().atMost(Duration.ofSeconds(15)).until(() -> new Db(pool).rows(
                        "SELECT kind FROM simulator_chat WHERE openid = $1 ORDER BY seq", openid).stream()
                .map(r -> r.getString(0)).toList(), k -> k.size() >= 2);
        assertEquals("user", kinds.get(0), kinds.toString());
        assertEquals("custom", kinds.get(1), kinds.toString());
        List<Long> seqs = given().queryParam("openid", openid).queryParam("after", 0).get("/simulator/api/messages")
                .then().statusCode(200).body("[0].kind", is("user"), "[0].body.content", is("你好"))
                .extract().jsonPath().getList("seq", Long.class);
        assertEquals(seqs.stream().sorted().toList(), seqs, "oldest first");
        given().queryParam("openid", openid).queryParam("after", seqs.get(0)).get("/simulator/api/messages")
                .then().statusCode(200).body("seq", not(hasItem(seqs.get(0).intValue())));
    }

    @Test
    void aFaultIsAPercentageOfCallsAndEveryAnswerSaysWhatIsInForce() {
        String token = given().contentType("application/json").body("{\"grant_type\":\"client_credential\"}")
                .post("/simulator/cgi-bin/stable_token").then().statusCode(200).extract().path("access_token");
        try {
            fault("{\"errcode\":-1,\"percent\":30}").statusCode(200)
                    .body("errcode", is(-1), "percent", is(30.0f), "description",
                    is("30% of platform calls fail with errcode -1"));
            given().get("/simulator/api/faults").then().statusCode(200).body("percent", is(30.0f));
            fault("{\"percent\":\"12.5%\"}").statusCode(200).body("errcode", is(-1), "percent", is(12.5f));
            // -1 rather than a quota errcode: this app's delivery worker shares the simulator, and a row of another
            // test
            // sent in this window with 45009 would wait until the quota resets at midnight (ErrorPolicy)
            fault("{\"errcode\":-1,\"percent\":100}").statusCode(200);
            customSend(token).body("errcode", is(-1));
            fault("{\"errcode\":-1,\"percent\":0}").statusCode(200).body("description", is("No platform call fails"));
            customSend(token).body("errcode", is(0));
        } finally {
            fault("{\"errcode\":-1,\"percent\":0}");
        }
    }

    @Test
    void aFaultThatCannotBeMeantIsRefusedWithAReason() {
        fault("{\"errcode\":-1,\"percent\":130}").statusCode(400).contentType("application/problem+json")
                .body("code", is("invalid-percent"), "message",
                containsString("from 0 to 100 (30 means 30%); got 130"));
        fault("{\"errcode\":-1,\"percent\":-5}").statusCode(400).body("code", is("invalid-percent"));
        fault("{\"errcode\":-1,\"share\":0.3}").statusCode(400).body("code", is("missing-percent"));
        fault("{\"errcode\":0,\"percent\":30}").statusCode(400).body("code", is("invalid-errcode"));
        fault("{\"errcode\":-1,\"percent\":\"lots\"}").statusCode(400)
                .body("code", is("invalid-percent"), "message", endsWith("got lots"));
        fault("{\"errcode\":\"busy\",\"percent\":30}").statusCode(400).body("code", is("invalid-errcode"));
        given().get("/simulator/api/faults").then().statusCode(200).body("percent", is(0.0f));
    }

    @Test
    void aTypedMessageGetsAReplyDeliveredToThatUsersPane() {
        push("{\"openid\":\"" + openid + "\",\"type\":\"text\",\"content\":\"你好\"}");
        List<String> replies = await().atMost(Duration.ofSeconds(15)).until(() -> given()
                .queryParam("openid", openid).queryParam("after", 0).get("/simulator/api/messages")
                .then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.kind == 'custom' }.body.text.content",
                        String.class), r -> !r.isEmpty());
        assertTrue(replies.get(0).contains("网格服务助手"), replies.get(0));
    }

    @Test
    void aMessageTypeWeDoNotHandleIsAnsweredPolitely() {
        Webhook.push(SecurityMode.SAFE, MessageBuilder.of(openid, System.currentTimeMillis() / 1000, "hologram")
                .with("MsgId", "424242").xml()).statusCode(200);
        List<String> replies = await().atMost(Duration.ofSeconds(15)).until(() -> given()
                .queryParam("openid", openid).queryParam("after", 0).get("/simulator/api/messages")
                .then().extract().jsonPath().getList("findAll { it.kind == 'custom' }.body.text.content", String.class),
                r -> !r.isEmpty());
        assertTrue(replies.get(0).startsWith("暂不支持该类型消息"), replies.get(0));
    }

    @Test
    void subscribingRecordsOneAuthorisation() {
        push("{\"openid\":\"" + openid + "\",\"type\":\"subscribe\",\"templateId\":\"TPL_SIM\"}");
        Db db = new Db(pool);
        await().atMost(Duration.ofSeconds(15)).until(() -> db.count(
                "SELECT count(*) FROM subscription WHERE openid = $1 AND template_id = 'TPL_SIM' AND remaining = 1",
                openid) == 1);
    }

    @Test
    void badActionsAreClearErrors() {
        given().contentType("application/json").body("{\"openid\":\"x y\",\"type\":\"text\",\"content\":\"a\"}")
                .post("/simulator/api/push").then().statusCode(400).body("code", is("invalid"));
        given().contentType("application/json").body("{\"openid\":\"" + openid + "\",\"type\":\"location\"}")
                .post("/simulator/api/push").then().statusCode(400).body("code", is("missing-latitude"));
        given().get("/simulator/api/messages").then().statusCode(400).body("code", is("missing-openid"));
    }

    private static io.restassured.response.ValidatableResponse fault(String json) {
        return given().contentType("application/json").body(json).post("/simulator/api/faults").then();
    }

    private io.restassured.response.ValidatableResponse customSend(String token) {
        return given().contentType("application/json").queryParam("access_token", token)
                .body("{\"touser\":\"" + openid + "\",\"msgtype\":\"text\",\"text\":{\"content\":\"hi\"}}")
                .post("/simulator/cgi-bin/message/custom/send").then().statusCode(200);
    }

    private void push(String json) {
        given().contentType("application/json").body(json).post("/simulator/api/push")
                .then().statusCode(200).body("status", is(200), "answer", is("success"));
    }
}
