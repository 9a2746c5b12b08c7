package org.gridline.conversation;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.gridline.testing.Db;
import org.gridline.testing.PlatformStubResource;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;

/** A form left alone for longer than the inactivity timeout (30 min) becomes a draft that 继续 resumes. */
@QuarkusTest
@TestProfile(ControllableClockProfile.class)
@QuarkusTestResource(value = PlatformStubResource.class, restrictToAnnotatedClass = true)
class InactivityTimeoutTest {
    @Inject
    ControllableClock clock;
    @Inject
    Pool pool;

    @Test
    void aFormIdleForThirtyOneMinutesIsADraftResumedWithContinue() {
        Db db = new Db(pool);
        ReportFixtures.closeOpenReports(db);
        Chat chat = new Chat("o_idle_", PlatformStubResource.stub(), clock);
        assertTrue(chat.say("幸福小区1栋楼道灯不亮了").contains("联系电话"));
        clock.advance(Duration.ofMinutes(29));
        String asked = chat.say("你好呀");
        assertTrue(asked.contains("您好") && asked.contains("联系电话"), "within the timeout the form still asks: " + asked);

        clock.advance(Duration.ofMinutes(31));
        String menu = chat.say("在吗");
        assertTrue(menu.contains("网格服务助手") && menu.contains("未完成的上报") && menu.contains("继续"), menu);
        assertEquals("DRAFT", db.rows("SELECT status FROM conversation WHERE openid = $1", chat.openid)
                .get(0).getString(0));

        String resumed = chat.say("继续");
        assertTrue(resumed.contains("接着上次的上报") && resumed.contains("联系电话"), resumed);
        assertTrue(chat.say("跳过").contains("幸福小区1栋"));
        ResidentChatTest.number(chat.say("确认"));
        assertEquals(0, db.count("SELECT count(*) FROM conversation WHERE openid = $1", chat.openid));
    }
}
