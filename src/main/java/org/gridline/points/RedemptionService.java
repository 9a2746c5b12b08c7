package org.gridline.points;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.gridline.grid.GridDirectory;
import org.gridline.grid.MemberRole;
import org.gridline.notify.Outbox;
import org.gridline.platform.ShortCodes;
import org.gridline.platform.error.DomainException;
import org.gridline.points.Redeemed.Ordered;
import org.gridline.points.Redeemed.Settled;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Redemptions, two-phase: an order reserves the points ({@link LedgerService#reserve}) and the units together, in one
 * transaction, and answers a pickup code; a worker's pickup completes it ({@link LedgerService#redeem}, units handed
 * out, and the volunteer told so through the outbox in the same transaction); a cancellation or the expiry job voids it
 * ({@link LedgerService#release}, units back on the shelf).
 * <p>
 * Units and the per-user limit are checked under the reward's row lock, so concurrent orders of one reward take turns
 * and never reserve more than the stock; the points are refused by the ledger itself. An order's state changes under
 * its own row lock, and the ledger settles an order once, so a pickup racing a cancellation settles it one way only.
 */
@ApplicationScoped
public class RedemptionService {
    private static final String CODE_SCOPE = "pickup";
    private static final int EXPIRY_BATCH = 100;

    private final LedgerService ledger;
    private final GridDirectory grids;
    private final Outbox outbox;
    private final PointsConfig config;
    private final Clock clock;

    public RedemptionService(LedgerService ledger, GridDirectory grids, Outbox outbox, PointsConfig config,
                             Clock clock) {
        this.ledger = ledger;
        this.grids = grids;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pickedUp(String name, int quantity, long points);
    }

    @WithTransaction
    public Uni<Ordered> order(String openid, long rewardId, int quantity) {
        if (quantity < 1 || quantity > 100) {
            throw DomainException.badRequest("invalid-quantity", "A quantity is 1 to 100");
        }
        return Reward.<Reward>findById(rewardId, LockModeType.PESSIMISTIC_WRITE).call(r -> {
            if (r == null || !r.validUntil.toInstant().isAfter(clock.instant())) {
                throw DomainException.notFound("unknown-reward", "No reward " + rewardId + " to redeem");
            }
            if (r.stock < quantity) {
                throw DomainException.conflict("out-of-stock", "Not enough units left");
            }
            return requireWithinLimit(openid, r, quantity);
        }).chain(r -> {
            Redemption order = newOrder(openid, r, quantity);
            String code = ShortCodes.random(config.pickupCodeDigits());
            order.codeHash = ShortCodes.hash(CODE_SCOPE, code);
            return ledger.reserve(order.id, openid, order.points).chain(() -> {
                r.stock -= quantity;
                r.reserved += quantity;
                return order.<Redemption>persist();
            }).map(saved -> new Ordered(saved, r, code));
        });
    }

    /** A worker or leader of the reward's grid station (any grid's, for a reward of no station) hands it out. */
    @WithTransaction
    public Uni<Settled> pickUp(String workerOpenid, String code) {
        return pending(code, null).chain(s -> grids.rolesOf(workerOpenid).chain(roles -> {
            boolean staff = roles.stream().anyMatch(g -> g.role() != MemberRole.VOLUNTEER
                    && (s.reward().gridCode == null || s.reward().gridCode.equals(g.gridCode())));
            if (!staff) {
                throw new DomainException(403, "not-station-staff", "Only the grid station's workers hand rewards out");
            }
            return ledger.redeem(s.order().id).map(t -> {
                s.reward().reserved -= s.order().quantity;
                s.reward().issued += s.order().quantity;
                return close(s, RedemptionStatus.COMPLETED, workerOpenid);
            }).call(done -> outbox.text(done.order().openid, Templates.pickedUp(done.reward().name,
                    done.order().quantity, done.order().points).render().strip(), "redemption:" + done.order().id));
        }));
    }

    /** The volunteer's own cancellation of a pending redemption. */
    @WithTransaction
    public Uni<Settled> cancel(String openid, String code) {
        return pending(code, openid)
                .chain(s -> release(s, RedemptionStatus.CANCELLED, openid, "cancelled by the volunteer"));
    }

    /** Voids the pending redemptions past their expiry, each in its own transaction; emits how many. */
    public Uni<Integer> expireDue() {
        return Panache.withSession(() ->
                Redemption.<Redemption>find("status = ?1 and expiresAt <= ?2 order by expiresAt",
                        RedemptionStatus.PENDING, OffsetDateTime.now(clock)).page(0, EXPIRY_BATCH).list())
                .onItem().transformToMulti(due -> Multi.createFrom().iterable(due))
                .onItem().transformToUniAndConcatenate(r -> Panache.withTransaction(() -> expire(r.id))
                        .onFailure().recoverWithItem(e -> {
                            Log.warnf("Redemption %s could not be expired now: %s", r.id, e.toString());
                            return false;
                        }))
                .collect().asList().map(done -> (int) done.stream().filter(Boolean::booleanValue).count());
    }

    /** The volunteer's pending redemptions, oldest first. */
    @io.quarkus.hibernate.reactive.panache.common.WithSession
    public Uni<List<Redemption>> pendingOf(String openid) {
        return Redemption.list("openid = ?1 and status = ?2 order by createdAt", openid, RedemptionStatus.PENDING);
    }

    private Uni<Boolean> expire(String id) {
        return Redemption.<Redemption>findById(id, LockModeType.PESSIMISTIC_WRITE).chain(order -> {
            if (order == null || order.status != RedemptionStatus.PENDING
                    || order.expiresAt.toInstant().isAfter(clock.instant())) {
                return Uni.createFrom().item(false);
            }
            return Reward.<Reward>findById(order.rewardId, LockModeType.PESSIMISTIC_WRITE)
                    .chain(r -> release(new Settled(order, r), RedemptionStatus.EXPIRED, null, "expired"))
                    .replaceWith(true);
        });
    }

    private Uni<Settled> release(Settled s, RedemptionStatus status, String by, String reason) {
        return ledger.release(s.order().id, reason).map(t -> {
            s.reward().reserved -= s.order().quantity;
            s.reward().stock += s.order().quantity;
            return close(s, status, by);
        });
    }

    private Settled close(Settled s, RedemptionStatus status, String by) {
        s.order().status = status;
        s.order().settledAt = OffsetDateTime.now(clock);
        s.order().settledBy = by;
        Log.infof("Redemption %s %s", s.order().id, status);
        return s;
    }

    /** The pending redemption of the code (of this volunteer, when given), locked with its reward. */
    private Uni<Settled> pending(String code, String openid) {
        return Redemption.<Redemption>find("codeHash = ?1 and status = ?2", ShortCodes.hash(CODE_SCOPE, code.strip()),
                        RedemptionStatus.PENDING).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .chain(order -> {
                    if (order == null || (openid != null && !openid.equals(order.openid))) {
                        throw DomainException.notFound("unknown-pickup-code", "No pending redemption with this code");
                    }
                    return Reward.<Reward>findById(order.rewardId, LockModeType.PESSIMISTIC_WRITE)
                            .map(r -> new Settled(order, r));
                });
    }

    private static Uni<Void> requireWithinLimit(String openid, Reward r, int quantity) {
        return Redemption.<Redemption>list("openid = ?1 and rewardId = ?2 and status in ?3", openid, r.id,
                List.of(RedemptionStatus.PENDING, RedemptionStatus.COMPLETED)).invoke(orders -> {
            int taken = orders.stream().mapToInt(o -> o.quantity).sum();
            if (taken + quantity > r.perUserLimit) {
                throw DomainException.conflict("over-limit", "At most " + r.perUserLimit + " per volunteer");
            }
        }).replaceWithVoid();
    }

    private Redemption newOrder(String openid, Reward r, int quantity) {
        Redemption order = new Redemption();
        order.id = UUID.randomUUID().toString();
        order.rewardId = r.id;
        order.openid = openid;
        order.quantity = quantity;
        order.points = Math.multiplyExact(r.price, quantity);
        order.status = RedemptionStatus.PENDING;
        order.createdAt = OffsetDateTime.now(clock);
        order.expiresAt = order.createdAt.plus(config.redemptionExpiry());
        return order;
    }
}
