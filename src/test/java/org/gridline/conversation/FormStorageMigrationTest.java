package org.gridline.conversation;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.gridline.testing.Db;
import org.gridline.testing.PlatformStubResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import static org.junit.jupiter.api.Assertions.*;

/**
 * V63 rewrites forms stored in the old shape (a map of strings) into typed slots: a form open at the upgrade goes on
 * where it stopped. Each test stores an old-shape row, runs the migration's script over it again, and chats on.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformStubResource.class, restrictToAnnotatedClass = true)
class FormStorageMigrationTest {
    private static final String SCRIPT = "db/migration/V63__conversation_typed_slots.sql";

    @Inject
    Pool pool;
    private Db db;

    @BeforeEach
    void setUp() {
        db = new Db(pool);
        ReportFixtures.closeOpenReports(db);
    }

    @Test
    void aReportAskingForThePhoneAtTheUpgradeIsFiledWithWhatItHadBefore() {
        Chat chat = new Chat("o_v63r_", PlatformStubResource.stub(), Clock.systemUTC());
        store(chat.openid, """
                {"kind":"REPORT","asking":"phone","reAsks":1,"slots":{"description":"幸福小区3栋楼道灯不亮了",
                "category":"FAC","lat":"22.58","lng":"113.08","address":"幸福小区3栋","location":"幸福小区3栋",
                "grid":"CS-01","gridName":"昌盛社区第一网格","building":"幸福小区3栋","duplicateChecked":"yes",
                "pin":"not needed"},"skipped":[],"photos":["http://mmbiz.qpic.cn/old.jpg"],"choices":[]}""");
        migrate();

        var slots = db.rows("SELECT form -> 'slots' FROM conversation WHERE openid = $1", chat.openid).get(0)
                .getJsonObject(0);
        assertEquals("REPORT", slots.getString("form"));
        assertEquals("NOT_NEEDED", slots.getString("pin"));
        assertEquals(22.58, slots.getJsonObject("location").getDouble("lat"));
        assertTrue(slots.getBoolean("duplicateChecked"));

        String summary = chat.say("跳过");
        assertTrue(summary.contains("幸福小区3栋楼道灯不亮了") && summary.contains("昌盛社区第一网格"), summary);
        String number = ResidentChatTest.number(chat.say("确认"));
        var report = db.rows("SELECT address, latitude, grid_code, building, photos FROM report WHERE number = $1",
                number).get(0);
        assertEquals("幸福小区3栋", report.getString(0));
        assertEquals(22.58, report.getDouble(1));
        assertEquals("CS-01", report.getString(2));
        assertTrue(report.getString(4).contains("old.jpg"), report.getString(4));
    }

    @Test
    void aRegistrationAtItsSummaryAtTheUpgradeIsRegisteredOnConfirm() {
        Chat chat = new Chat("o_v63g_", PlatformStubResource.stub(), Clock.systemUTC());
        store(chat.openid, """
                {"kind":"REGISTRATION","asking":"confirm","reAsks":0,"slots":{"name":"王五","phone":"13700137000",
                "origin":"广州","arrival":"2026-11-20","stay":"白沙街道昌盛社区","address":"白沙街道昌盛社区"},
                "skipped":[],"photos":[],"choices":[]}""");
        migrate();
        migrate();

        assertTrue(chat.say("确认").contains("报备成功"));
        var row = db.rows("SELECT name, phone, origin, arrival_date FROM registration WHERE openid = $1",
                chat.openid).get(0);
        assertEquals("王五", row.getString(0));
        assertEquals("13700137000", row.getString(1));
        assertEquals("广州", row.getString(2));
        assertEquals("2026-11-20", row.getLocalDate(3).toString());
    }

    private void store(String openid, String form) {
        db.rows("INSERT INTO conversation (openid, status, form, updated_at) VALUES ($1, 'ACTIVE', $2, now())",
                openid, new JsonObject(form));
    }

    /** The migration's own script, run once more: it rewrites the old-shape rows and leaves new-shape ones alone. */
    private void migrate() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SCRIPT)) {
            db.rows(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
