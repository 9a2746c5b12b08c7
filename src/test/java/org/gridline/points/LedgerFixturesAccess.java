package org.gridline.points;

/** Ledger set-up for tests of other packages: points to spend, as for a served sign-up. */
public final class LedgerFixturesAccess {
    private LedgerFixturesAccess() {
    }

    public static Transfer award(LedgerService ledger, String openid, String grid, long points) {
        return LedgerFixtures.await(ledger.award(LedgerFixtures.id("s"), openid, grid, points));
    }
}
