package org.gridline.points;

import io.quarkus.arc.Unremovable;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.platform.error.Constraints;
import org.gridline.platform.error.DomainException;

import java.time.Clock;

/**
 * The points ledger: double entry, append-only, every transfer under a deterministic idempotency key.
 * <p>
 * <b>Never negative, under concurrency.</b> Balances live on the account rows. Posting a transfer updates both rows
 * with {@code balance = balance ± amount} in one statement; the first UPDATE of a row takes its row lock, a concurrent
 * spend of the same volunteer waits for it and then works on the committed balance (READ COMMITTED re-reads the
 * locked row), and the CHECK {@code ledger_account_non_negative} fails the statement if a volunteer balance would go
 * below zero. So spends serialise on the account row and the database, not a read-then-write check in Java, says no.
 * Row locks were chosen over SERIALIZABLE with retries: the conflict is always on one known row, so waiting is cheaper
 * than aborting and retrying, and no caller ever sees a serialization failure. The two rows are locked in account id
 * order, so transfers in opposite directions cannot deadlock.
 * <p>
 * <b>Whose transaction.</b> Called inside a Hibernate Reactive transaction, a posting joins it (see
 * {@link org.gridline.platform.db.Sql}):
 * the redemption order or the check-out that caused it commits with it, and a refused posting is undone inside the
 * database ({@code ledger_try_post}) without failing the caller's transaction, so the caller can still answer. Called
 * outside one, each posting is its own transaction.
 * <p>
 * <b>Idempotency under concurrency.</b> The transfer row is inserted with {@code ON CONFLICT (idempotency_key) DO
 * NOTHING} before any balance moves: a second request with the same key waits on the unique index until the first
 * commits, then finds it and returns it unchanged (or, if the first failed and rolled back, posts its own). A key names
 * one event: a request that reuses it for a different transfer is refused.
 * <p>
 * <b>Holds.</b> Each volunteer has a second account, {@link AccountType#HELD}. A reservation moves points from
 * available to held; completing moves them from held to the redemption account, releasing moves them back. Complete
 * and release share one key per order ({@link IdempotencyKeys#settle}), so an order is settled exactly once.
 */
@ApplicationScoped
@Unremovable // the points API: its config must be registered even in builds where no caller uses it yet
public class LedgerService {
    private static final String NON_NEGATIVE = "ledger_account_non_negative";

    private final LedgerRepository repository;
    private final Clock clock;
    private final PointsConfig config;

    public LedgerService(LedgerRepository repository, Clock clock, PointsConfig config) {
        this.repository = repository;
        this.clock = clock;
        this.config = config;
    }

    /**
     * Posts a transfer between any two non-held accounts (awards and adjustments have their own methods below), or
     * returns the one already posted under its key; an award is bounded here as in {@link #award}.
     */
    public Uni<Transfer> transfer(TransferRequest request) {
        return Uni.createFrom().item(() -> LedgerRules.general(request))
                .map(valid -> valid.kind() == TransferKind.AWARD
                        ? LedgerRules.withinBound(valid.amount(), config.maxAward(), valid) : valid)
                .chain(valid -> post(valid, null));
    }

    /**
     * Points for a sign-up's service, from the grid's issuance account; once per sign-up. More than
     * {@code gridline.points.max-award} is refused (400 {@code award-above-bound}).
     */
    public Uni<Transfer> award(String signUpId, String volunteerOpenid, String gridCode, long points) {
        return checked(() -> LedgerRules.withinBound(points, config.maxAward(), new TransferRequest(
                IdempotencyKeys.award(id(signUpId)), AccountRef.issuance(gridCode),
                        AccountRef.volunteer(volunteerOpenid),
                points, TransferKind.AWARD, "sign-up:" + signUpId, null)));
    }

    /** Holds the price of a redemption order until it is completed or released. */
    public Uni<Transfer> reserve(String orderId, String openid, long points) {
        return checked(() -> new TransferRequest(IdempotencyKeys.reserve(id(orderId)), AccountRef.volunteer(openid),
                AccountRef.held(openid), points, TransferKind.RESERVE, "order:" + orderId, null));
    }

    /** Completes a reserved order: the held points go to the redemption account. */
    public Uni<Transfer> redeem(String orderId) {
        return settle(orderId, true, null);
    }

    /** Releases a reserved order (cancelled or expired): the held points return to the volunteer. */
    public Uni<Transfer> release(String orderId, String reason) {
        return settle(orderId, false, reason);
    }

    /** Posts the mirror of an award or adjustment, once; refused if the points were already spent. */
    public Uni<Transfer> reverse(long transferId, String reason) {
        return repository.byId(transferId).chain(original -> {
            if (original == null) {
                throw DomainException.notFound("transfer-not-found", "No transfer " + transferId);
            }
            return post(LedgerRules.validate(LedgerRules.reversal(original, reason)), transferId);
        });
    }

    /** A staff correction of a volunteer's available points, with a required reason. */
    public Uni<Transfer> adjust(String requestId, String openid, long signedAmount, String reason) {
        return checked(() -> LedgerRules.adjustment(id(requestId), openid, signedAmount, reason));
    }

    /** The most points one award may carry ({@code gridline.points.max-award}). */
    public long maxAward() {
        return config.maxAward();
    }

    public Uni<Balance> balance(String openid) {
        return repository.balance(openid);
    }

    /** Page {@code page} (from 0) of the volunteer's entries, newest first, each with the balance after it. */
    public Uni<Statement> statement(String openid, int page) {
        int size = config.statementPageSize();
        int from = Math.max(page, 0);
        return repository.balance(openid).chain(balance -> repository.entries(openid, size, (long) from * size)
                .map(entries -> new Statement(balance, from, size, entries)));
    }

    private Uni<Transfer> settle(String orderId, boolean complete, String reason) {
        return repository.byKey(IdempotencyKeys.reserve(id(orderId))).chain(reservation -> {
            if (reservation == null) {
                throw DomainException.notFound("reservation-not-found", "No reservation for order " + orderId);
            }
            return post(LedgerRules.validate(LedgerRules.settlement(reservation, orderId, complete, reason)), null);
        });
    }

    private Uni<Transfer> checked(java.util.function.Supplier<TransferRequest> request) {
        return Uni.createFrom().item(() -> LedgerRules.validate(request.get())).chain(valid -> post(valid, null));
    }

    private Uni<Transfer> post(TransferRequest request, Long reversedTransferId) {
        return repository.post(request, reversedTransferId, clock.instant())
                .map(posted -> {
                    if (posted.refused()) {
                        throw LedgerRules.insufficient(request);
                    }
                    return posted.created() ? posted.transfer() : LedgerRules.replay(posted.transfer(), request);
                })
                .onFailure(LedgerService::negativeBalance).transform(e -> LedgerRules.insufficient(request));
    }

    private static boolean negativeBalance(Throwable failure) {
        return NON_NEGATIVE.equals(Constraints.violated(failure));
    }

    private static String id(String id) {
        if (id == null || id.isBlank()) {
            throw DomainException.badRequest("invalid-transfer", "An id is required");
        }
        return id;
    }
}
