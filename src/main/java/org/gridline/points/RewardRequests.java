package org.gridline.points;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;

/** Request bodies and answers of the rewards and points API. */
public final class RewardRequests {
    private RewardRequests() {
    }

    /** A catalogue item; {@code grid}: the grid station where it is picked up (any when absent). */
    public record NewReward(@NotBlank @Size(max = 40) String name, @Min(1) @Max(1_000_000) long price,
                            @Min(0) @Max(1_000_000) int stock, @Min(1) @Max(1000) int perUserLimit,
                            @NotNull OffsetDateTime validUntil, @Size(max = 32) String grid) {
    }

    public record RewardView(long id, String name, long price, int stock, int reserved, int issued, int perUserLimit,
                             OffsetDateTime validUntil, String grid, boolean demo) {
        static RewardView of(Reward r) {
            return new RewardView(r.id, r.name, r.price, r.stock, r.reserved, r.issued, r.perUserLimit, r.validUntil,
                    r.gridCode, r.demoKey != null);
        }
    }

    /** A staff correction of a volunteer's points; {@code requestId} makes a retry harmless. */
    public record Adjustment(@NotBlank @Size(max = 100) String requestId, @NotBlank @Size(max = 128) String openid,
                             long amount, @NotBlank @Size(max = 500) String reason) {
    }

    /** A volunteer's points for staff: balances, and a page of the statement with running balances. */
    public record PointsView(String openid, long balance, long pending, Statement statement) {
    }
}
