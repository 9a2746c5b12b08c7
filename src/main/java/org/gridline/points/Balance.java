package org.gridline.points;

/** A volunteer's points: {@code available} to spend and {@code held} by pending redemptions. */
public record Balance(String openid, long available, long held) {
}
