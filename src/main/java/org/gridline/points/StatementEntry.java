package org.gridline.points;

import java.time.Instant;

/** One line of a statement: the signed change of the available balance and the balance right after it. */
public record StatementEntry(long transferId, TransferKind kind, String reference, String reason, long amount,
                             long balanceAfter, Instant at) {
}
