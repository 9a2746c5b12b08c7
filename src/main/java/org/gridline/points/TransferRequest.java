package org.gridline.points;

/**
 * A transfer to post. The idempotency key names the business event (see {@link IdempotencyKeys}): posting the same key
 * again returns the transfer first posted under it.
 */
public record TransferRequest(String idempotencyKey, AccountRef from, AccountRef to, long amount, TransferKind kind,
                              String reference, String reason) {
}
