package org.gridline.notify;

import java.util.Map;

/**
 * The platform's errcode table (WECHAT-PROTOCOL.md §3) as one decision, so every sender reacts the same way.
 *
 * <p>Decisions:
 * <ul>
 *   <li>HTTP 5xx, -1, timeouts and connection failures are transient: {@link DeliveryAction#RETRY}.</li>
 *   <li>An errcode not in the table, or an answer without one, is treated like -1 (retried): the platform adds codes
 *       over time and a transient one must not lose a message.</li>
 *   <li>There is no attempt budget: what would be retried is retried for the message's {@link UsefulLife}, so a
 *       realistic outage never turns a message into a dead letter. Once that life is over, a reply goes the way of a
 *       closed window ({@link DeliveryAction#FALLBACK_TO_SUBSCRIBE_OR_HOLD}), a notice becomes a
 *       {@link DeliveryAction#DEAD_LETTER}. Only the platform's refusals that retrying cannot change (47003, 40003,
 *       40037, 41030) are dead letters at once.</li>
 *   <li>A token error right after a token refresh is not refreshed again (the refresh happens once); it is retried
 *       like -1, since a fresh stable token being rejected is either transient or a config error.</li>
 * </ul>
 * The HTTP status wins over the body only for 5xx; otherwise the errcode decides.
 */
public final class ErrorPolicy {
    private static final Map<Integer, DeliveryAction> TABLE = Map.ofEntries(
            Map.entry(0, DeliveryAction.SENT),
            Map.entry(-1, DeliveryAction.RETRY),
            Map.entry(40001, DeliveryAction.REFRESH_TOKEN_AND_RETRY_ONCE),
            Map.entry(40014, DeliveryAction.REFRESH_TOKEN_AND_RETRY_ONCE),
            Map.entry(42001, DeliveryAction.REFRESH_TOKEN_AND_RETRY_ONCE),
            Map.entry(45015, DeliveryAction.FALLBACK_TO_SUBSCRIBE_OR_HOLD),
            Map.entry(45047, DeliveryAction.HOLD_UNTIL_USER_WRITES),
            Map.entry(43101, DeliveryAction.SUBSCRIPTION_USED_UP),
            Map.entry(45009, DeliveryAction.BACK_OFF_QUOTA),
            Map.entry(45011, DeliveryAction.BACK_OFF_QUOTA),
            Map.entry(47003, DeliveryAction.DEAD_LETTER),
            Map.entry(40003, DeliveryAction.DEAD_LETTER),
            Map.entry(40037, DeliveryAction.DEAD_LETTER),
            Map.entry(41030, DeliveryAction.DEAD_LETTER));

    /**
     * @param tokenRefreshed whether this attempt already ran with a token fetched after a token error
     * @param kind           the kind of message (decides what an ended useful life means)
     * @param lifeOver       whether the message's useful life has ended
     */
    public DeliveryAction decide(PlatformOutcome outcome, boolean tokenRefreshed, OutboxKind kind, boolean lifeOver) {
        DeliveryAction action = classify(outcome);
        if (action == DeliveryAction.REFRESH_TOKEN_AND_RETRY_ONCE && tokenRefreshed) {
            action = DeliveryAction.RETRY;
        }
        if (action != DeliveryAction.RETRY || !lifeOver) {
            return action;
        }
        return kind == OutboxKind.CUSTOM ? DeliveryAction.FALLBACK_TO_SUBSCRIBE_OR_HOLD : DeliveryAction.DEAD_LETTER;
    }

    /** The table alone, with no budget: what this outcome means. */
    public static DeliveryAction classify(PlatformOutcome outcome) {
        if (outcome instanceof PlatformOutcome.Answered answer) {
            if (answer.serverError() || answer.errcode() == null) {
                return DeliveryAction.RETRY;
            }
            return TABLE.getOrDefault(answer.errcode(), DeliveryAction.RETRY);
        }
        return DeliveryAction.RETRY;
    }
}
