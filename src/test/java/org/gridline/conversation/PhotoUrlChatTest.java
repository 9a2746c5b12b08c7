package org.gridline.conversation;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.gridline.testing.Db;
import org.gridline.testing.PlatformStubResource;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A photo URL from outside the platform's media hosts (issue 13, item 13): the message is stored and answered, the
 * photo is dropped, and the resident is told it could not be received.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformStubResource.class, restrictToAnnotatedClass = true)
class PhotoUrlChatTest {
    @Inject
    Pool pool;

    @Test
    void photosFromElsewhereAreDroppedAndTheResidentTold() {
        Chat chat = new Chat("o_pic_", PlatformStubResource.stub(), Clock.systemUTC());
        assertTrue(chat.say("小区门口的路灯不亮了，晚上黑漆漆的").contains("问题在哪里"));
        for (String url : new String[] {"javascript:alert(1)", "file:///etc/passwd",
                "https://169.254.169.254/latest/meta-data", "https://evil.example/x.jpg"}) {
            assertTrue(chat.photo(url).contains("这张照片没有收到"), url);
        }
        assertTrue(chat.photo("https://mmbiz.qpic.cn/mmbiz_jpg/lamp/0").contains("照片已收到（共1张）"));
        // the platform's own pushes carry http PicUrls of its media hosts: those are kept
        assertTrue(chat.photo("http://mmbiz.qpic.cn/mmbiz_jpg/lamp/1").contains("照片已收到（共2张）"));

        Db db = new Db(pool);
        assertEquals(7, db.count("SELECT count(*) FROM inbox_message WHERE openid = $1 AND processed_at IS NOT NULL",
                chat.openid), "every message stored and handled");
        String form = db.rows("SELECT form::text FROM conversation WHERE openid = $1", chat.openid).get(0).getString(0);
        assertTrue(form.contains("https://mmbiz.qpic.cn/mmbiz_jpg/lamp/0"), form);
        assertTrue(form.contains("http://mmbiz.qpic.cn/mmbiz_jpg/lamp/1"), form);
        assertFalse(form.contains("javascript") || form.contains("169.254") || form.contains("evil"), form);
    }
}
