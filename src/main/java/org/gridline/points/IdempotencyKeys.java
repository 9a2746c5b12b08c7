package org.gridline.points;

/**
 * The deterministic keys of ledger transfers: one business event, one key, so a retry or a replayed message can never
 * count points twice.
 */
public final class IdempotencyKeys {
    private IdempotencyKeys() {
    }

    public static String award(String signUpId) {
        return "award:" + signUpId;
    }

    /** The reservation of a redemption order. */
    public static String reserve(String orderId) {
        return "redeem:" + orderId;
    }

    /** The one settlement of a redemption order: completed or released, never both. */
    public static String settle(String orderId) {
        return "redeem:" + orderId + ":settle";
    }

    public static String reverse(long transferId) {
        return "reverse:" + transferId;
    }

    public static String adjust(String requestId) {
        return "adjust:" + requestId;
    }
}
