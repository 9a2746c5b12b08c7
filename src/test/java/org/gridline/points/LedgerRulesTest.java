package org.gridline.points;

import org.gridline.platform.error.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** The ledger's rules without a database. */
class LedgerRulesTest {
    static final AccountRef ALICE = AccountRef.volunteer("oAlice");
    static final AccountRef GRID = AccountRef.issuance("G01");

    static TransferRequest request(String key, AccountRef from, AccountRef to, long amount, TransferKind kind,
                                   String reason) {
        return new TransferRequest(key, from, to, amount, kind, "ref", reason);
    }

    static Transfer posted(long id, AccountRef from, AccountRef to, long amount, TransferKind kind) {
        return new Transfer(id, "k" + id, from, to, amount, kind, "order:7", null, Instant.EPOCH, null);
    }

    static Stream<Arguments> invalidRequests() {
        return Stream.of(
                Arguments.of("no key", request(null, GRID, ALICE, 5, TransferKind.AWARD, null)),
                Arguments.of("blank key", request(" ", GRID, ALICE, 5, TransferKind.AWARD, null)),
                Arguments.of("key too long", request("k".repeat(201), GRID, ALICE, 5, TransferKind.AWARD, null)),
                Arguments.of("same account", request("k", ALICE, ALICE, 5, TransferKind.AWARD, null)),
                Arguments.of("no from", request("k", null, ALICE, 5, TransferKind.AWARD, null)),
                Arguments.of("zero", request("k", GRID, ALICE, 0, TransferKind.AWARD, null)),
                Arguments.of("negative", request("k", GRID, ALICE, -3, TransferKind.AWARD, null)),
                Arguments.of("no kind", request("k", GRID, ALICE, 5, null, null)),
                Arguments.of("adjustment without reason", request("k", GRID, ALICE, 5, TransferKind.ADJUSTMENT, " ")),
                Arguments.of("reversal without reason", request("k", GRID, ALICE, 5, TransferKind.REVERSAL, null)),
                Arguments.of("reason too long", request("k", GRID, ALICE, 5, TransferKind.AWARD, "r".repeat(501))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRequests")
    void malformedRequestsAreRefused(String why, TransferRequest request) {
        DomainException e = assertThrows(DomainException.class, () -> LedgerRules.validate(request));
        assertEquals(400, e.status());
        assertEquals("invalid-transfer", e.code());
    }

    @Test
    void aWellFormedRequestPasses() {
        TransferRequest ok = request("award:1", GRID, ALICE, 5, TransferKind.AWARD, null);
        assertSame(ok, LedgerRules.validate(ok));
    }

    @ParameterizedTest
    @EnumSource(TransferKind.class)
    void theGeneralEntryPointTakesNoRedemptionStepsNorReversals(TransferKind kind) {
        TransferRequest request = request("k", GRID, ALICE, 5, kind, "reason");
        if (kind == TransferKind.AWARD || kind == TransferKind.ADJUSTMENT) {
            assertSame(request, LedgerRules.general(request));
        } else {
            assertEquals("invalid-transfer",
                    assertThrows(DomainException.class, () -> LedgerRules.general(request)).code());
        }
        TransferRequest intoHeld = request("k", GRID, AccountRef.held("oAlice"), 5, TransferKind.AWARD, null);
        assertThrows(DomainException.class, () -> LedgerRules.general(intoHeld));
    }

    @Test
    void adjustmentsGoEitherWayAndNeedAReason() {
        TransferRequest up = LedgerRules.adjustment("r1", "oAlice", 30, "missed check-out");
        assertEquals(AccountRef.adjustment(), up.from());
        assertEquals(ALICE, up.to());
        assertEquals(30, up.amount());
        assertEquals("adjust:r1", up.idempotencyKey());
        TransferRequest down = LedgerRules.adjustment("r2", "oAlice", -12, "double award");
        assertEquals(ALICE, down.from());
        assertEquals(AccountRef.adjustment(), down.to());
        assertEquals(12, down.amount());
        assertThrows(DomainException.class, () -> LedgerRules.adjustment("r3", "oAlice", 5, ""));
        assertThrows(DomainException.class, () -> LedgerRules.adjustment("r4", "oAlice", 0, "nothing"));
    }

    @ParameterizedTest
    @EnumSource(TransferKind.class)
    void onlyAwardsAndAdjustmentsAreReversed(TransferKind kind) {
        Transfer original = posted(9, GRID, ALICE, 20, kind);
        if (kind == TransferKind.AWARD || kind == TransferKind.ADJUSTMENT) {
            TransferRequest mirror = LedgerRules.reversal(original, "wrong person");
            assertEquals(ALICE, mirror.from());
            assertEquals(GRID, mirror.to());
            assertEquals(20, mirror.amount());
            assertEquals("reverse:9", mirror.idempotencyKey());
            assertEquals(TransferKind.REVERSAL, mirror.kind());
        } else {
            DomainException e = assertThrows(DomainException.class, () -> LedgerRules.reversal(original, "why"));
            assertEquals("not-reversible", e.code());
            assertEquals(409, e.status());
        }
    }

    @Test
    void aSettlementMovesTheReservedAmountOutOfHeld() {
        Transfer reservation = posted(3, ALICE, AccountRef.held("oAlice"), 40, TransferKind.RESERVE);
        TransferRequest complete = LedgerRules.settlement(reservation, "7", true, null);
        assertEquals(AccountRef.held("oAlice"), complete.from());
        assertEquals(AccountRef.redemption(), complete.to());
        assertEquals(40, complete.amount());
        assertEquals("redeem:7:settle", complete.idempotencyKey());
        TransferRequest release = LedgerRules.settlement(reservation, "7", false, "expired");
        assertEquals(ALICE, release.to());
        assertEquals(release.idempotencyKey(), complete.idempotencyKey(), "an order is settled once, one way");
    }

    @Test
    void aReplayGetsTheOriginalAndADifferentRequestUnderTheSameKeyIsRefused() {
        Transfer original = posted(5, GRID, ALICE, 10, TransferKind.AWARD);
        assertSame(original, LedgerRules.replay(original, request("k5", GRID, ALICE, 10, TransferKind.AWARD, null)));
        DomainException e = assertThrows(DomainException.class,
                () -> LedgerRules.replay(original, request("k5", GRID, ALICE, 11, TransferKind.AWARD, null)));
        assertEquals("idempotency-key-reused", e.code());
        Transfer completed = posted(6, AccountRef.held("oAlice"), AccountRef.redemption(), 10, TransferKind.COMPLETE);
        TransferRequest release = request("k6", AccountRef.held("oAlice"), ALICE, 10, TransferKind.RELEASE, null);
        assertEquals("redemption-settled",
                assertThrows(DomainException.class, () -> LedgerRules.replay(completed, release)).code());
    }

    @Test
    void insufficientPointsIsAClearConflict() {
        DomainException e = LedgerRules.insufficient(request("k", ALICE, AccountRef.held("oAlice"), 15,
                TransferKind.RESERVE, null));
        assertEquals(409, e.status());
        assertEquals("insufficient-points", e.code());
        assertTrue(e.getMessage().contains("15"), e.getMessage());
    }

    @Test
    void ledgerCheckCountsKindsOfViolation() {
        assertEquals(0, new LedgerCheck(0, 0, 0, 0, 0, 0, 0).violations());
        assertEquals(1, new LedgerCheck(-5, 0, 0, 0, 0, 0, 0).violations());
        assertEquals(2, new LedgerCheck(0, 3, 0, 0, 0, 1, 0).violations());
        assertEquals(1, new LedgerCheck(0, 0, 0, 0, 0, 0, 2).violations());
    }

    @ParameterizedTest(name = "{0} points with a bound of {1} → refused: {2}")
    @CsvSource({"1000, 1000, false", "1001, 1000, true", "100000, 1000, true", "1, 0, true"})
    void anAwardAboveTheOperatorsBoundIsRefused(long points, long bound, boolean refused) {
        TransferRequest award = request("award:s", AccountRef.issuance("G"), ALICE, points, TransferKind.AWARD, null);
        if (refused) {
            DomainException e = assertThrows(DomainException.class, () ->
                    LedgerRules.withinBound(points, bound, award));
            assertEquals(400, e.status());
            assertEquals("award-above-bound", e.code());
        } else {
            assertSame(award, LedgerRules.withinBound(points, bound, award));
        }
    }
}
