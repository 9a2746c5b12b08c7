package org.gridline.points;

/** Why points moved. */
public enum TransferKind {
    /** Issuance → volunteer, for service ({@code award:{signUpId}}). */
    AWARD,
    /** Volunteer → held, a redemption waiting for pickup ({@code redeem:{orderId}}). */
    RESERVE,
    /** Held → redemption, the reward was picked up ({@code redeem:{orderId}:settle}). */
    COMPLETE,
    /** Held → volunteer, the redemption was cancelled or expired ({@code redeem:{orderId}:settle}). */
    RELEASE,
    /** A staff correction, either way ({@code adjust:{requestId}}). */
    ADJUSTMENT,
    /** The mirror of an earlier transfer ({@code reverse:{transferId}}). */
    REVERSAL;

    /**
     * Only awards and adjustments are corrected by reversing them. A reversal is never reversed again (post a new
     * transfer instead), and a redemption's points move only through its own reserve, complete and release: reversing
     * one of those would take points from the held account that belong to another pending order.
     */
    public boolean reversible() {
        return this == AWARD || this == ADJUSTMENT;
    }
}
