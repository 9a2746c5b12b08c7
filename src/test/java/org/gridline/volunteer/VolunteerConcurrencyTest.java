package org.gridline.volunteer;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.gridline.platform.error.DomainException;
import org.gridline.points.LedgerChecker;
import org.gridline.points.LedgerFixturesAccess;
import org.gridline.points.LedgerService;
import org.gridline.points.RedemptionService;
import org.gridline.testing.Db;
import org.gridline.testing.InTransaction;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import static org.gridline.testing.Staff.asAdmin;
import static org.gridline.volunteer.VolunteerFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/** Places and stock under a crowd: never more than there are, the waitlist in order, replays change nothing. */
@QuarkusTest
class VolunteerConcurrencyTest {
    @Inject
    SignUpService signUps;
    @Inject
    RedemptionService redemptions;
    @Inject
    LedgerService ledger;
    @Inject
    LedgerChecker checker;
    @Inject
    Vertx vertx;
    @Inject
    Pool pool;

    @Test
    void twoHundredConcurrentSignUpsForTwentyPlaces() {
        Db db = new Db(pool);
        String grid = newGrid();
        List<String> volunteers = members(db, grid, "VOLUNTEER", 200);
        long id = published(recruitment(grid, Instant.now().plus(Duration.ofDays(2)), 20, 10));

        List<Object> outcomes = all(volunteers, v -> signUps.signUp(v, id).map(s -> s.signUp().status));
        assertEquals(20, outcomes.stream().filter(SignUpStatus.SIGNED_UP::equals).count(), outcomes::toString);
        assertEquals(180, outcomes.stream().filter(SignUpStatus.WAITLISTED::equals).count(), outcomes::toString);

        List<Long> placeIds = ids(db, id, "SIGNED_UP");
        List<Long> waitIds = ids(db, id, "WAITLISTED");
        assertEquals(20, placeIds.size());
        assertTrue(placeIds.get(19) < waitIds.get(0), "every place was taken before anyone was waitlisted");
        detail(id).body("recruitment.signedUp", org.hamcrest.Matchers.is(20))
                .body("waitlist.size()", org.hamcrest.Matchers.is(180));
        List<Long> positions = all(ids(db, id, "WAITLISTED").subList(0, 5), sid -> SignUp.<SignUp>findById(sid)
                .chain(SignUpService::waitlistPosition));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), positions, "waitlist positions follow the order of the turns");

        List<Object> replays = all(volunteers.subList(0, 50), v -> signUps.signUp(v, id).map(s -> s.signUp().status));
        assertTrue(replays.stream().allMatch(o -> o.equals("already-signed-up") || o.equals("already-waitlisted")),
                replays::toString);
        assertEquals(200, db.count("SELECT COUNT(*) FROM sign_up WHERE recruitment_id = $1", id));

        String leaving = db.rows("SELECT openid FROM sign_up WHERE id = $1", placeIds.get(3)).get(0).getString(0);
        String first = db.rows("SELECT openid FROM sign_up WHERE id = $1", waitIds.get(0)).get(0).getString(0);
        InTransaction.run(vertx, () -> signUps.cancel(leaving, id));
        assertEquals("SIGNED_UP", db.rows("SELECT status FROM sign_up WHERE openid = $1 AND recruitment_id = $2",
                first, id).get(0).getString(0), "the first on the waitlist took the freed place");
        assertEquals(20, db.count("SELECT signed_up FROM recruitment WHERE id = $1", id));
    }

    @Test
    void aHundredVolunteersRedeemARewardWithStockTen() {
        Db db = new Db(pool);
        String grid = newGrid();
        List<String> volunteers = members(db, grid, "VOLUNTEER", 100);
        volunteers.forEach(v -> LedgerFixturesAccess.award(ledger, v, grid, 100));
        long reward = ((Number) asAdmin().body(Map.of("name", "保温杯", "price", 60, "stock", 10, "perUserLimit", 1,
                "validUntil", at(Instant.now().plus(Duration.ofDays(30)))))
                .post("/api/rewards").then().statusCode(201).extract().path("id")).longValue();

        List<Object> outcomes = all(volunteers, v -> redemptions.order(v, reward, 1).map(o -> o.code()));
        long reserved = outcomes.stream().filter(o -> o.toString().matches("\\d{8}")).count();
        assertEquals(10, reserved, outcomes::toString);
        assertEquals(90, outcomes.stream().filter("out-of-stock"::equals).count(), outcomes::toString);
        assertEquals(0, db.count("SELECT stock FROM reward WHERE id = $1", reward));
        assertEquals(10, db.count("SELECT reserved FROM reward WHERE id = $1", reward));
        assertEquals(600, db.count("SELECT SUM(balance) FROM ledger_account WHERE type = 'HELD' AND owner LIKE $1",
                "o_" + grid + "_%"));

        String code = (String) outcomes.stream().filter(o -> o.toString().matches("\\d{8}")).findFirst().orElseThrow();
        String owner = volunteers.get(outcomes.indexOf(code));
        List<Object> cancels = all(List.of(owner, owner, owner), v ->
                redemptions.cancel(v, code).map(s -> s.order().status));
        assertEquals(1, cancels.stream().filter(o -> o.toString().equals("CANCELLED")).count(), cancels::toString);
        assertEquals(2, cancels.stream().filter("unknown-pickup-code"::equals).count(), "replays change nothing");
        assertEquals(1, db.count("SELECT stock FROM reward WHERE id = $1", reward));
        assertEquals(100,
                db.count("SELECT balance FROM ledger_account WHERE type = 'VOLUNTEER' AND owner = $1", owner));
        assertEquals(0, checker.check().await().atMost(Duration.ofSeconds(30)).violations());
    }

    /** Runs every call at once, each in its own transaction; a refusal's outcome is its code. */
    @SuppressWarnings("unchecked")
    private <I, T> List<T> all(List<I> inputs, Function<I, io.smallrye.mutiny.Uni<? extends T>> call) {
        List<CompletableFuture<T>> futures = new ArrayList<>();
        for (I input : inputs) {
            futures.add(InTransaction.start(vertx, () -> (io.smallrye.mutiny.Uni<T>) call.apply(input)));
        }
        List<T> outcomes = new ArrayList<>();
        for (CompletableFuture<T> f : futures) {
            try {
                outcomes.add(f.join());
            } catch (CompletionException e) {
                if (!(e.getCause() instanceof DomainException d)) {
                    throw e;
                }
                outcomes.add((T) d.code());
            }
        }
        return outcomes;
    }

    private static List<Long> ids(Db db, long recruitment, String status) {
        return db.rows("SELECT id FROM sign_up WHERE recruitment_id = $1 AND status = $2 ORDER BY id", recruitment,
                status).stream().map(r -> r.getLong(0)).toList();
    }
}
