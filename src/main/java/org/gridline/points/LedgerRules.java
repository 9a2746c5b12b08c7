package org.gridline.points;

import org.gridline.platform.error.DomainException;

/**
 * The ledger's rules, without a database: what a valid transfer is, how an adjustment, a settlement and a reversal
 * are built, and what a repeated key means. The database enforces the rest (one key once, balances never negative).
 */
public final class LedgerRules {
    static final int MAX_KEY = 200;
    static final int MAX_REFERENCE = 200;
    static final int MAX_REASON = 500;

    private LedgerRules() {
    }

    /** Refuses a malformed request with 400 {@code invalid-transfer}; returns it otherwise. */
    public static TransferRequest validate(TransferRequest request) {
        if (request.idempotencyKey() == null || request.idempotencyKey().isBlank()
                || request.idempotencyKey().length() > MAX_KEY) {
            throw invalid("An idempotency key of 1 to " + MAX_KEY + " characters is required");
        }
        if (request.from() == null || request.to() == null || request.from().equals(request.to())) {
            throw invalid("A transfer moves points between two different accounts");
        }
        if (request.kind() == null) {
            throw invalid("A transfer needs a kind");
        }
        if (request.amount() <= 0) {
            throw invalid("A transfer moves a positive amount of points");
        }
        if (request.reference() != null && request.reference().length() > MAX_REFERENCE) {
            throw invalid("A reference has at most " + MAX_REFERENCE + " characters");
        }
        requireReasonIf(request.kind() == TransferKind.ADJUSTMENT || request.kind() == TransferKind.REVERSAL,
                request.reason());
        return request;
    }

    /**
     * A transfer posted through the general entry point: redemption steps and reversals have their own operations
     * (which
     * keep one order's held points apart from another's), so neither their kinds nor a held account are allowed here.
     */
    public static TransferRequest general(TransferRequest request) {
        validate(request);
        boolean redemptionStep = switch (request.kind()) {
            case RESERVE, COMPLETE, RELEASE, REVERSAL -> true;
            default -> false;
        };
        if (redemptionStep || request.from().type() == AccountType.HELD || request.to().type() == AccountType.HELD) {
            throw invalid("Reservations, their settlement and reversals have their own operations");
        }
        return request;
    }

    /** Refuses an award above the operator's bound with 400 {@code award-above-bound}; returns it otherwise. */
    public static TransferRequest withinBound(long points, long maxAward, TransferRequest award) {
        if (points > maxAward) {
            throw DomainException.badRequest("award-above-bound",
                    "An award carries at most " + maxAward + " points (gridline.points.max-award)");
        }
        return award;
    }

    /** A staff correction: positive amounts come from the adjustment account, negative ones go back to it. */
    public static TransferRequest adjustment(String requestId, String openid, long signedAmount, String reason) {
        requireReasonIf(true, reason);
        if (signedAmount == 0) {
            throw invalid("An adjustment changes the balance by a non-zero amount");
        }
        AccountRef volunteer = AccountRef.volunteer(openid);
        AccountRef adjustment = AccountRef.adjustment();
        return signedAmount > 0
                ? new TransferRequest(IdempotencyKeys.adjust(requestId), adjustment, volunteer, signedAmount,
                        TransferKind.ADJUSTMENT, "adjust:" + requestId, reason)
                : new TransferRequest(IdempotencyKeys.adjust(requestId), volunteer, adjustment,
                        Math.negateExact(signedAmount), TransferKind.ADJUSTMENT, "adjust:" + requestId, reason);
    }

    /** The settlement of a reservation: held points go to the redemption account or back to the volunteer. */
    public static TransferRequest settlement(Transfer reservation, String orderId, boolean complete, String reason) {
        if (reservation.kind() != TransferKind.RESERVE) {
            throw DomainException.conflict("not-a-reservation", "Order " + orderId + " is not a reservation");
        }
        String openid = reservation.to().owner();
        AccountRef to = complete ? AccountRef.redemption() : AccountRef.volunteer(openid);
        return new TransferRequest(IdempotencyKeys.settle(orderId), AccountRef.held(openid), to,
                reservation.amount(), complete ? TransferKind.COMPLETE : TransferKind.RELEASE,
                reservation.reference(), reason);
    }

    /** The mirror of a transfer; refuses reversals of reversals and of redemption steps. */
    public static TransferRequest reversal(Transfer original, String reason) {
        requireReasonIf(true, reason);
        if (!original.kind().reversible()) {
            throw DomainException.conflict("not-reversible", original.kind() == TransferKind.REVERSAL
                    ? "Transfer " + original.id() + " is a reversal; a reversal is not reversed, post a new transfer"
                    : "Transfer " + original.id() + " is a redemption step; cancel a redemption by releasing it");
        }
        return new TransferRequest(IdempotencyKeys.reverse(original.id()), original.to(), original.from(),
                original.amount(), TransferKind.REVERSAL, "transfer:" + original.id(), reason);
    }

    /**
     * What a second request under an existing key gets: the original transfer if it asks for the same thing, a 409
     * otherwise (a key names one event; a settled order cannot be settled the other way).
     */
    public static Transfer replay(Transfer existing, TransferRequest request) {
        if (existing.sameAs(request)) {
            return existing;
        }
        if (existing.kind() == TransferKind.COMPLETE || existing.kind() == TransferKind.RELEASE) {
            throw DomainException.conflict("redemption-settled", "This redemption was already "
                    + (existing.kind() == TransferKind.COMPLETE ? "completed" : "released"));
        }
        throw DomainException.conflict("idempotency-key-reused",
                "The key " + request.idempotencyKey() + " was already used for a different transfer");
    }

    /** The refusal when the database found that a volunteer balance would drop below zero. */
    public static DomainException insufficient(TransferRequest request) {
        String message = switch (request.kind()) {
            case REVERSAL -> "Insufficient points: reversing this transfer would make the balance negative "
                    + "(the points were already spent or reserved)";
            case ADJUSTMENT -> "Insufficient points: the adjustment would make the balance negative";
            default -> "Insufficient points: " + request.amount() + " points are needed";
        };
        return DomainException.conflict("insufficient-points", message);
    }

    private static void requireReasonIf(boolean required, String reason) {
        if (reason != null && reason.length() > MAX_REASON) {
            throw invalid("A reason has at most " + MAX_REASON + " characters");
        }
        if (required && (reason == null || reason.isBlank())) {
            throw invalid("A reason is required");
        }
    }

    private static DomainException invalid(String message) {
        return DomainException.badRequest("invalid-transfer", message);
    }
}
