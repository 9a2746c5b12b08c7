package org.gridline.points;

import java.time.OffsetDateTime;

/** What {@link RedemptionService} answers for a redemption's steps. */
public final class Redeemed {
    private Redeemed() {
    }

    /**
     * A new redemption with its pickup code (shown once, never stored). Other features read the accessors below, not
     * the entities (which are this feature's tables).
     */
    public record Ordered(Redemption order, Reward reward, String code) {
        public String rewardName() {
            return reward.name;
        }

        public int quantity() {
            return order.quantity;
        }

        public long points() {
            return order.points;
        }

        public OffsetDateTime expiresAt() {
            return order.expiresAt;
        }
    }

    /** A redemption picked up, cancelled or expired; other features read the accessors, not the entities. */
    public record Settled(Redemption order, Reward reward) {
        public String rewardName() {
            return reward.name;
        }

        public int quantity() {
            return order.quantity;
        }

        public long points() {
            return order.points;
        }
    }
}
