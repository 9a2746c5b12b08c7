package org.gridline.points;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import org.gridline.platform.error.DomainException;
import org.gridline.testing.InTransaction;
import org.junit.jupiter.api.Test;

import static org.gridline.points.LedgerFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/** Postings made inside a caller's transaction commit and roll back with it; a refusal leaves it usable. */
@QuarkusTest
class LedgerInTransactionTest {
    static final String GRID = "G-JOINED";

    @Inject
    LedgerService ledger;
    @Inject
    LedgerChecker checker;
    @Inject
    Vertx vertx;

    @Test
    void aPostingRollsBackWithTheCallersTransaction() {
        String alice = openid();
        assertThrows(IllegalStateException.class, () -> InTransaction.run(vertx, () -> ledger
                .award(id("s"), alice, GRID, 40)
                .invoke(() -> {
                    throw new IllegalStateException("the caller fails after the award");
                })));
        assertEquals(new Balance(alice, 0, 0), await(ledger.balance(alice)));
        assertEquals(0, await(checker.check()).violations());
    }

    @Test
    void aRefusedSpendLeavesTheTransactionUsableAndTheBalanceVisibleInside() {
        String alice = openid();
        String order = id("o");
        Balance seen = InTransaction.run(vertx, () -> ledger.award(id("s"), alice, GRID, 30)
                .chain(() -> ledger.reserve(id("o"), alice, 31).onFailure(DomainException.class)
                        .recoverWithItem((Transfer) null))
                .chain(() -> ledger.reserve(order, alice, 10))
                .chain(() -> ledger.balance(alice)));
        assertEquals(new Balance(alice, 20, 10), seen);
        assertEquals(seen, await(ledger.balance(alice)));
        assertEquals(10, await(ledger.reserve(order, alice, 10)).amount(), "a replay outside finds it");
        assertEquals(0, await(checker.check()).violations());
    }

    @Test
    void theInsufficientRefusalIsTheSameInsideATransaction() {
        String alice = openid();
        DomainException refused = assertThrows(DomainException.class, () -> InTransaction.run(vertx,
                () -> ledger.reserve(id("o"), alice, 5)));
        assertEquals("insufficient-points", refused.code());
        assertEquals(409, refused.status());
    }
}
