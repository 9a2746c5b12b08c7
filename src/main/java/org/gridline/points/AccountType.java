package org.gridline.points;

/** What an account of the ledger stands for. */
public enum AccountType {
    /** A volunteer's available points (owner: openid). */
    VOLUNTEER,
    /** A volunteer's points reserved by pending redemptions (owner: openid). */
    HELD,
    /** Where a grid's awards come from (owner: grid code); goes negative by what it issued. */
    ISSUANCE,
    /** Where completed redemptions go (one account). */
    REDEMPTION,
    /** The other side of staff corrections (one account); may go either way. */
    ADJUSTMENT;

    /** Volunteer accounts may never go below zero; system accounts are the source and sink of points. */
    public boolean mayGoNegative() {
        return this != VOLUNTEER && this != HELD;
    }
}
