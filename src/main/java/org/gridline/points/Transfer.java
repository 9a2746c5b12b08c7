package org.gridline.points;

import java.time.Instant;

/** A posted transfer; never changed afterwards. {@code reversedTransferId} is set on reversals only. */
public record Transfer(long id, String idempotencyKey, AccountRef from, AccountRef to, long amount, TransferKind kind,
                       String reference, String reason, Instant createdAt, Long reversedTransferId) {

    /** Whether a request under the same key asks for this very transfer (a replay) rather than a different one. */
    boolean sameAs(TransferRequest request) {
        return from.equals(request.from()) && to.equals(request.to()) && amount == request.amount()
                && kind == request.kind();
    }
}
