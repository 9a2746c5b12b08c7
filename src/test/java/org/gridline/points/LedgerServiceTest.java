package org.gridline.points;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.gridline.testing.Db;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;

import static org.gridline.points.LedgerFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/** The ledger service against the real database: balances, holds, reversals, refusals and idempotency. */
@QuarkusTest
class LedgerServiceTest {
    static final String GRID = "G-SERVICE";

    @Inject
    LedgerService ledger;
    @Inject
    LedgerChecker checker;
    @Inject
    Pool pool;
    Db db;
    String alice;

    @BeforeEach
    void fresh() {
        db = new Db(pool);
        alice = openid();
    }

    @Test
    void awardsShowInTheBalanceAndTheStatementWithRunningBalances() {
        await(ledger.award(id("s"), alice, GRID, 50));
        await(ledger.award(id("s"), alice, GRID, 30));
        await(ledger.reserve(id("o"), alice, 20));
        assertEquals(new Balance(alice, 60, 20), await(ledger.balance(alice)));
        Statement statement = await(ledger.statement(alice, 0));
        assertEquals(List.of(-20L, 30L, 50L), statement.entries().stream().map(StatementEntry::amount).toList());
        assertEquals(List.of(60L, 80L, 50L), statement.entries().stream().map(StatementEntry::balanceAfter).toList());
        assertEquals(List.of(TransferKind.RESERVE, TransferKind.AWARD, TransferKind.AWARD),
                statement.entries().stream().map(StatementEntry::kind).toList());
        assertTrue(await(ledger.statement(alice, 1)).entries().isEmpty());
        assertEquals(new Balance("nobody", 0, 0), await(ledger.balance("nobody")));
    }

    @Test
    void twentyConcurrentRedemptionsNeverOverspend() {
        await(ledger.award(id("s"), alice, GRID, 100));
        int price = 15;
        List<Outcome<Transfer>> outcomes = concurrently(20, i -> ledger.reserve(id("o"), alice, price));
        long succeeded = outcomes.stream().filter(Outcome::ok).count();
        assertEquals(100 / price, succeeded);
        outcomes.stream().filter(o -> !o.ok()).forEach(o -> {
            assertEquals("insufficient-points", o.code());
            assertEquals(409, ((org.gridline.platform.error.DomainException) o.failure()).status());
        });
        assertEquals(new Balance(alice, 100 - 6 * price, 6 * price), await(ledger.balance(alice)));
        assertEquals(0, db.count("SELECT COUNT(*) FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id "
                + "WHERE a.owner = $1 AND e.balance_after < 0", alice));
        assertEquals(0, await(checker.check()).violations());
    }

    @Test
    void concurrentSpendsAndAwardsInOppositeDirectionsDoNotDeadlock() {
        String bob = openid();
        await(ledger.award(id("s"), alice, GRID, 1000));
        await(ledger.award(id("s"), bob, GRID, 1000));
        List<Outcome<Transfer>> outcomes = concurrently(40, i -> {
            AccountRef a = AccountRef.volunteer(alice), b = AccountRef.volunteer(bob);
            return ledger.transfer(new TransferRequest(id("gift"), i % 2 == 0 ? a : b, i % 2 == 0 ? b : a,
                    1 + i, TransferKind.ADJUSTMENT, null, "gift between volunteers"));
        });
        assertTrue(outcomes.stream().allMatch(Outcome::ok), outcomes::toString);
        long aliceNet = 0;
        for (int i = 0; i < 40; i++) {
            aliceNet += i % 2 == 0 ? -(1 + i) : 1 + i;
        }
        assertEquals(1000 + aliceNet, await(ledger.balance(alice)).available());
        assertEquals(2000, await(ledger.balance(alice)).available() + await(ledger.balance(bob)).available());
    }

    @Test
    void replayedAwardsChangeNothingEvenWhenSubmittedConcurrently() {
        String signUp = id("s");
        assertReplaysChangeNothing(() -> ledger.award(signUp, alice, GRID, 40), "award:" + signUp);
        assertEquals(40, await(ledger.balance(alice)).available());
    }

    @Test
    void replayedReservationsCompletionsAndReleasesChangeNothing() {
        await(ledger.award(id("s"), alice, GRID, 100));
        String kept = id("o"), dropped = id("o");
        assertReplaysChangeNothing(() -> ledger.reserve(kept, alice, 30), "redeem:" + kept);
        assertReplaysChangeNothing(() -> ledger.reserve(dropped, alice, 25), "redeem:" + dropped);
        assertEquals(new Balance(alice, 45, 55), await(ledger.balance(alice)));
        assertReplaysChangeNothing(() -> ledger.redeem(kept), "redeem:" + kept + ":settle");
        assertReplaysChangeNothing(() -> ledger.release(dropped, "cancelled"), "redeem:" + dropped + ":settle");
        assertEquals(new Balance(alice, 70, 0), await(ledger.balance(alice)));
    }

    @Test
    void replayedAdjustmentsAndReversalsChangeNothing() {
        Transfer award = await(ledger.award(id("s"), alice, GRID, 60));
        String request = id("r");
        assertReplaysChangeNothing(() -> ledger.adjust(request, alice, -15, "counted twice"), "adjust:" + request);
        assertEquals(45, await(ledger.balance(alice)).available());
        Transfer adjustment = await(ledger.adjust(request, alice, -15, "counted twice"));
        assertReplaysChangeNothing(() -> ledger.reverse(adjustment.id(), "it was not"), "reverse:" + adjustment.id());
        assertEquals(60, await(ledger.balance(alice)).available());
        assertReplaysChangeNothing(() -> ledger.reverse(award.id(), "wrong volunteer"), "reverse:" + award.id());
        assertEquals(new Balance(alice, 0, 0), await(ledger.balance(alice)));
    }

    @Test
    void anOrderIsSettledOnceOneWay() {
        await(ledger.award(id("s"), alice, GRID, 50));
        String order = id("o");
        await(ledger.reserve(order, alice, 20));
        await(ledger.release(order, "expired"));
        assertRefused(ledger.redeem(order), 409, "redemption-settled");
        String other = id("o");
        await(ledger.reserve(other, alice, 20));
        await(ledger.redeem(other));
        assertRefused(ledger.release(other, "too late"), 409, "redemption-settled");
        assertRefused(ledger.redeem(id("o")), 404, "reservation-not-found");
        assertEquals(new Balance(alice, 30, 0), await(ledger.balance(alice)));
    }

    @Test
    void reversalsAreRefusedWhenTheyWouldOverspendOrReverseAReversal() {
        Transfer award = await(ledger.award(id("s"), alice, GRID, 50));
        Transfer reservation = await(ledger.reserve(id("o"), alice, 30));
        org.gridline.platform.error.DomainException refused = refusal(ledger.reverse(award.id(), "wrong volunteer"));
        assertEquals("insufficient-points", refused.code());
        assertTrue(refused.getMessage().contains("revers"), refused.getMessage());
        assertRefused(ledger.reverse(reservation.id(), "no"), 409, "not-reversible");
        assertRefused(ledger.reverse(Long.MAX_VALUE, "no such"), 404, "transfer-not-found");
        assertRefused(ledger.reverse(award.id(), " "), 400, "invalid-transfer");

        Transfer small = await(ledger.award(id("s"), alice, GRID, 5));
        Transfer reversal = await(ledger.reverse(small.id(), "duplicate sign-up"));
        assertEquals(small.id(), reversal.reversedTransferId());
        assertEquals(AccountRef.issuance(GRID), reversal.to());
        assertRefused(ledger.reverse(reversal.id(), "undo the undo"), 409, "not-reversible");
        assertEquals(new Balance(alice, 20, 30), await(ledger.balance(alice)));
    }

    @Test
    void adjustmentsNeedAReasonAndCannotOverspend() {
        assertRefused(ledger.adjust(id("r"), alice, 10, null), 400, "invalid-transfer");
        assertRefused(ledger.adjust(id("r"), alice, 0, "nothing"), 400, "invalid-transfer");
        assertRefused(ledger.adjust(id("r"), alice, -1, "take one"), 409, "insufficient-points");
        Transfer up = await(ledger.adjust(id("r"), alice, 12, "missed check-out"));
        assertEquals(AccountRef.adjustment(), up.from());
        assertEquals("missed check-out", up.reason());
        assertEquals(12, await(ledger.balance(alice)).available());
    }

    @Test
    void aKeyReusedForADifferentTransferIsRefused() {
        String signUp = id("s");
        await(ledger.award(signUp, alice, GRID, 10));
        assertRefused(ledger.award(signUp, alice, GRID, 11), 409, "idempotency-key-reused");
        assertRefused(ledger.award(signUp, openid(), GRID, 10), 409, "idempotency-key-reused");
        assertEquals(10, await(ledger.balance(alice)).available());
    }

    @Test
    void genericTransfersAreValidated() {
        assertRefused(ledger.transfer(new TransferRequest("k-" + alice, AccountRef.volunteer(alice),
                AccountRef.volunteer(alice), 5, TransferKind.AWARD, null, null)), 400, "invalid-transfer");
        assertRefused(ledger.transfer(new TransferRequest("k-" + alice, AccountRef.issuance(GRID),
                AccountRef.volunteer(alice), 5, TransferKind.REVERSAL, null, "sneaky")), 400, "invalid-transfer");
        assertRefused(ledger.award(id("s"), " ", GRID, 5), 400, "invalid-account");
    }

    /**
     * The first submission is fired 10 times at once (one transfer, the same one to every caller); a later replay
     * returns it again; the transfer has its two entries and nothing else was posted.
     */
    private void assertReplaysChangeNothing(Supplier<Uni<Transfer>> call, String key) {
        long entriesBefore = db.count("SELECT COUNT(*) FROM ledger_entry");
        List<Outcome<Transfer>> outcomes = concurrently(10, i -> call.get());
        assertTrue(outcomes.stream().allMatch(Outcome::ok), outcomes::toString);
        Transfer first = outcomes.get(0).value();
        outcomes.forEach(o -> assertEquals(first, o.value()));
        assertEquals(key, first.idempotencyKey());
        assertEquals(first, await(call.get()));
        assertEquals(1, db.count("SELECT COUNT(*) FROM ledger_transfer WHERE idempotency_key = $1", key));
        assertEquals(2, db.count("SELECT COUNT(*) FROM ledger_entry WHERE transfer_id = $1", first.id()));
        assertEquals(0, db.count("SELECT COUNT(*) FROM ledger_entry e WHERE e.id > (SELECT MAX(id) FROM ledger_entry "
                + "WHERE transfer_id = $1) AND e.account_id IN (SELECT id FROM ledger_account WHERE owner = $2)",
                first.id(), alice), "nothing was posted for this volunteer after the transfer");
        assertEquals(entriesBefore + 2, db.count("SELECT COUNT(*) FROM ledger_entry"), "entries of one transfer");
    }
}
