package org.gridline.notify;

/**
 * What a delivery worker does with an outbox row after one call to the platform. The worker owns the side effects
 * (reschedule, swap the token, mark the row); this enum only names the decision so the rules stay testable.
 */
public enum DeliveryAction {
    /** errcode 0: mark the row sent. */
    SENT,
    /** A transient failure: try again after {@link Backoff#nextDelay}. */
    RETRY,
    /** The access token was rejected: invalidate that token, fetch once, retry once at once. */
    REFRESH_TOKEN_AND_RETRY_ONCE,
    /** 45015, outside the 48 h reply window: send a subscribe message instead if one is allowed, else hold. */
    FALLBACK_TO_SUBSCRIBE_OR_HOLD,
    /** 45047, customer-service quota for this user used up: hold until the user writes again. */
    HOLD_UNTIL_USER_WRITES,
    /**
     * 43101, the user refused or has no subscription left: mark it used up, do not retry; send the message's
     * customer-service fallback instead if it has one.
     */
    SUBSCRIPTION_USED_UP,
    /** 45009 / 45011, daily or per-minute quota: pause this app until {@link QuotaReset} says it resets. */
    BACK_OFF_QUOTA,
    /** Will never succeed as it is (bad data, openid, template, page) or the retry budget is spent: park it. */
    DEAD_LETTER
}
