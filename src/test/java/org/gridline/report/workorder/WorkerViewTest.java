package org.gridline.report.workorder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import org.gridline.testing.PlatformStubResource;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.gridline.report.workorder.Town.last4;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 12, item 2, through the real webhook with the platform stubbed: the worker who holds an order, and the grid's
 * leader, reach the resident — the notice and 查询 show the description, the place, the phone, the photos and the
 * timeline; other workers of the grid see the phone masked; a worker of another grid sees nothing; residents' 查询
 * is as before.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformStubResource.class, restrictToAnnotatedClass = true)
class WorkerViewTest extends TownTest {
    private static final String PHONE = "13912345678";
    private static final String PHOTO = "https://img.example/lamp-dark.jpg";

    /** A report with a photo, a pin in the town's grid and a phone; returns its number once worker 1 has the notice. */
    private String fileWithPhoneAndPhoto(String resident) {
        assertTrue(town.say(resident, "路灯坏了，晚上黑漆漆的").contains("问题在哪里"));
        assertTrue(town.photo(resident, PHOTO).contains("照片已收到"));
        assertTrue(town.pin(resident).contains("联系电话"));
        assertTrue(town.say(resident, PHONE).startsWith("请核对"));
        return town.filed(town.say(resident, "确认"));
    }

    @Test
    void theNoticeCarriesThePhoneAndThePhotos() {
        String number = fileWithPhoneAndPhoto(resident());
        String notice = town.awaitText(town.worker1, "新工单 " + number);
        assertTrue(notice.contains("描述：路灯坏了，晚上黑漆漆的") && notice.contains("地点：测试路口"), notice);
        assertTrue(notice.contains("居民电话：" + PHONE) && notice.contains(PHOTO), notice);
    }

    @Test
    void theSubscribeCardCarriesThePhone() {
        db.rows("INSERT INTO subscription (openid, template_id, remaining) VALUES ($1, 'workorder-dispatched', 1)",
                town.worker1);
        String number = fileWithPhoneAndPhoto(resident());
        JsonObject card = await().atMost(Duration.ofSeconds(20))
                .until(() -> town.notices(town.worker1), l -> !l.isEmpty()).get(0);
        JsonObject data = card.getJsonObject("data");
        assertEquals(number, data.getJsonObject("character_string1").getString("value"));
        assertEquals(PHONE, data.getJsonObject("phone_number5").getString("value"));
    }

    @Test
    void theAssigneeAndTheLeaderSeeEverythingByLastFourDigitsOrNumber() {
        String resident = resident();
        String number = fileWithPhoneAndPhoto(resident);
        for (String query : new String[] {"查询 " + last4(number), "查询 " + number}) {
            String view = town.say(town.worker1, query);
            assertTrue(view.contains(number) && view.contains("问题：路灯坏了，晚上黑漆漆的"), view);
            assertTrue(view.contains("位置：测试路口") && view.contains("居民电话：" + PHONE), view);
            assertTrue(view.contains(PHOTO) && view.contains("处理经过") && view.contains("已派单（派给网格员甲）"), view);
            assertTrue(view.contains("处理人：网格员甲"), view);
        }
        assertTrue(town.say(town.leader, "查询 " + last4(number)).contains("居民电话：" + PHONE));
        String colleague = town.say(town.worker2, "查询 " + last4(number));
        assertTrue(colleague.contains(number) && colleague.contains("居民电话：139****5678"), colleague);
    }

    @Test
    void aWorkerOfAnotherGridIsRefusedAndResidentsQueryIsUnchanged() {
        String resident = resident();
        String number = fileWithPhoneAndPhoto(resident);
        Town other = new Town(db, platform, clock);
        for (String query : new String[] {"查询 " + last4(number), "查询 " + number}) {
            String refused = other.say(other.worker1, query);
            assertTrue(refused.startsWith("没有找到") && !refused.contains("路灯") && !refused.contains("5678"), refused);
        }
        String own = town.say(resident, "查询 " + last4(number));
        assertTrue(own.startsWith(number + "（市政设施）：已派单") && own.contains("问题：路灯坏了，晚上黑漆漆的")
                && own.contains("处理经过"), own);
        assertFalse(own.contains("居民电话"), own);
        assertEquals("没有找到您上报或关注的 R2000010100001。发送\"查询\"看看您最近的上报。",
                town.say(resident, "查询 R2000010100001"));
        assertTrue(town.say(resident(), "查询 " + last4(number)).startsWith("没有找到您上报或关注的"),
                "another resident sees nothing");
    }
}
