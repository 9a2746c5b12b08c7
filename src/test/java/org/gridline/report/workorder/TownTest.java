package org.gridline.report.workorder;

import io.quarkus.test.junit.QuarkusMock;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.gridline.testing.Db;
import org.gridline.testing.MutableClock;
import org.gridline.testing.PlatformStub;
import org.gridline.testing.PlatformStubResource;
import org.junit.jupiter.api.BeforeEach;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * What the work-order tests share: a controllable clock installed as the service's clock, the platform stub, and a
 * {@link Town} of their own for every test. Subclasses are {@code @QuarkusTest}s with the stub as a test resource.
 */
abstract class TownTest {
    @Inject
    Pool pool;
    Db db;
    MutableClock clock;
    PlatformStub platform;
    Town town;

    @BeforeEach
    void town() {
        clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        QuarkusMock.installMockForType(clock, Clock.class);
        platform = PlatformStubResource.stub();
        db = new Db(pool);
        town = new Town(db, platform, clock);
    }

    static String resident() {
        return "o_res_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** The report's timeline actions, oldest first. */
    List<String> actions(String number) {
        return db.rows("SELECT e.action FROM report_event e JOIN report r ON r.id = e.report_id WHERE r.number = $1 "
                + "ORDER BY e.at, e.id", number).stream().map(r -> r.getString("action")).toList();
    }

    String column(String number, String column) {
        return db.rows("SELECT " + column + "::text AS v FROM report WHERE number = $1", number).get(0).getString("v");
    }
}
