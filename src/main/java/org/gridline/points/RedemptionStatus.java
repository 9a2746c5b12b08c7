package org.gridline.points;

/** A redemption waits for pickup (points held, units reserved) until it is picked up, cancelled or expires. */
public enum RedemptionStatus {
    PENDING,
    COMPLETED,
    CANCELLED,
    EXPIRED
}
