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
    void aTypedMessageGetsAReplyDeliveredToThatUsersPane() {
        push("{\"openid\":\"" + openid + "\",\"type\":\"text\",\"content\":\"你好\"}");
        List<String> replies = await().atMost(Duration.ofSeconds(15)).until(() -> given()
                .queryParam("openid", openid).queryParam("after", 0).get("/simulator/api/messages")
                .then().statusCode(200).extract().jsonPath().getList("body.text.content", String.class), r -> !r.isEmpty());
        assertTrue(replies.get(0).contains("网格服务助手"), replies.get(0));
    }

    @Test
    void aMessageTypeWeDoNotHandleIsAnsweredPolitely() {
        Webhook.push(SecurityMode.SAFE, MessageBuilder.of(openid, System.currentTimeMillis() / 1000, "hologram")
                .with("MsgId", "424242").xml()).statusCode(200);
        List<String> replies = await().atMost(Duration.ofSeconds(15)).until(() -> given()
                .queryParam("openid", openid).queryParam("after", 0).get("/simulator/api/messages")
                .then().extract().jsonPath().getList("body.text.content", String.class), r -> !r.isEmpty());
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

    private void push(String json) {
        given().contentType("application/json").body(json).post("/simulator/api/push")
                .then().statusCode(200).body("status", is(200), "answer", is("success"));
    }
}
