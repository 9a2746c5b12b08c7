package org.gridline.points;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgException;
import jakarta.inject.Inject;
import org.gridline.testing.Db;
import org.gridline.testing.Staff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.gridline.points.LedgerFixtures.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/** The ledger guards itself: append-only tables, the check, its endpoint, the nightly job and its gauge. */
@QuarkusTest
class LedgerCheckTest {
    @Inject
    LedgerService ledger;
    @Inject
    LedgerCheckJob job;
    @Inject
    MeterRegistry registry;
    @Inject
    Pool pool;

    @ParameterizedTest
    @ValueSource(strings = {
            "UPDATE ledger_entry SET amount = amount + 1 WHERE transfer_id = $1",
            "DELETE FROM ledger_entry WHERE transfer_id = $1",
            "UPDATE ledger_transfer SET amount = amount + 1 WHERE id = $1",
            "DELETE FROM ledger_transfer WHERE id = $1"})
    void entriesAndTransfersCannotBeChangedOrDeleted(String sql) {
        Transfer award = await(ledger.award(id("s"), openid(), "G-CHECK", 10));
        PgException e = assertThrows(PgException.class, () -> new Db(pool).rows(sql, award.id()));
        assertTrue(e.getErrorMessage().contains("append-only"), e.getErrorMessage());
        assertEquals(2, new Db(pool).count("SELECT COUNT(*) FROM ledger_entry WHERE transfer_id = $1", award.id()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRUNCATE ledger_entry CASCADE", "TRUNCATE ledger_transfer CASCADE"})
    void theLedgerCannotBeTruncated(String sql) {
        await(ledger.award(id("s"), openid(), "G-CHECK", 10));
        assertThrows(PgException.class, () -> new Db(pool).rows(sql));
        assertTrue(new Db(pool).count("SELECT COUNT(*) FROM ledger_entry") > 0);
    }

    @Test
    void theCheckEndpointReportsZeroViolations() {
        String volunteer = openid();
        await(ledger.award(id("s"), volunteer, "G-CHECK", 10));
        await(ledger.reserve(id("o"), volunteer, 4));
        Staff.asAdmin().get("/api/ledger/check").then().statusCode(200)
                .body("sumOfAllAccounts", is(0))
                .body("balanceMismatches", is(0))
                .body("negativeBalances", is(0))
                .body("transfersWithoutTwoEntries", is(0))
                .body("duplicateKeys", is(0))
                .body("duplicateReversals", is(0))
                .body("awardsAboveBound", is(0));
    }

    @Test
    void anAwardAboveTheBoundIsRefusedAndOnePostedAroundTheServiceIsFlaggedUntilReversed() {
        assertRefused(ledger.award(id("s"), openid(), "G-CHECK", ledger.maxAward() + 1), 400, "award-above-bound");
        assertRefused(ledger.transfer(new TransferRequest(id("award"), AccountRef.issuance("G-CHECK"),
                AccountRef.volunteer(openid()), ledger.maxAward() + 1, TransferKind.AWARD, null, null)), 400,
                "award-above-bound");
        Db db = new Db(pool);
        long minted = db.rows("SELECT r_id FROM ledger_post($1, 'ISSUANCE', 'G-CHECK', 'VOLUNTEER', $2, $3, 'AWARD', "
                + "'sign-up:bypass', NULL, NULL, now())", "award:" + id("bypass"), openid(), 100_000L)
                .get(0).getLong(0);
        try {
            await(job.nightly());
            assertEquals(1.0, gauge());
            Staff.asAdmin().get("/api/ledger/check").then().statusCode(200).body("awardsAboveBound", is(1))
                    .body("balanceMismatches", is(0)).body("transfersWithoutTwoEntries", is(0));
        } finally {
            await(ledger.reverse(minted, "minted around the service"));
        }
        await(job.nightly());
        assertEquals(0.0, gauge());
    }

    @Test
    void theNightlyJobRaisesTheGaugeOnAViolationAndClearsIt() {
        String volunteer = openid();
        await(ledger.award(id("s"), volunteer, "G-CHECK", 10));
        Db db = new Db(pool);
        String tamper = "UPDATE ledger_account SET balance = balance + $1 WHERE type = 'VOLUNTEER' AND owner = $2";
        try {
            db.rows(tamper, 5, volunteer); // the balance row is not append-only; the check must notice
            await(job.nightly());
            assertEquals(1.0, gauge());
            Staff.asAdmin().get("/api/ledger/check").then().statusCode(200).body("balanceMismatches", is(1));
        } finally {
            db.rows(tamper, -5, volunteer);
        }
        await(job.nightly());
        assertEquals(0.0, gauge());
        org.gridline.testing.Management.given().get("/q/metrics").then().statusCode(200)
                .body(containsString("gridline_ledger_violations 0.0"));
    }

    private double gauge() {
        return registry.get("gridline.ledger.violations").gauge().value();
    }
}
