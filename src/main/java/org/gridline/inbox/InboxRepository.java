package org.gridline.inbox;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.platform.db.Sql;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The inbox's custom queries, on the caller's reactive session ({@link Sql}): the processing transaction's per-user
 * lock, its "processed" mark and its next message, the re-drive's due users, the replay cache's expiry. Storing pushes
 * is not here: the group commit writes with the raw pool on purpose ({@link InboxBatch}).
 */
@ApplicationScoped
class InboxRepository {
    private static final String NEXT = """
            FROM InboxMessage WHERE openid = ?1 AND processedAt IS NULL AND failedAt IS NULL ORDER BY id""";
    private static final String LOCK_USER =
            "SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))) AS locked";
    private static final String MARK_PROCESSED = """
            UPDATE inbox_message SET processed_at = ?1, processed_seq = nextval('inbox_processed_seq'),
                   version = version + 1
            WHERE id = ?2""";
    private static final String DUE_USERS = """
            SELECT DISTINCT openid FROM inbox_message
            WHERE processed_at IS NULL AND failed_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= ?1)
            LIMIT 10000""";
    private static final String EXPIRE_NONCES = "DELETE FROM inbox_nonce WHERE ts < ?1";

    private final Sql sql;

    InboxRepository(Sql sql) {
        this.sql = sql;
    }

    /** The user's oldest message neither processed nor set aside (due or not); null when there is none. */
    Uni<InboxMessage> next(String openid) {
        return InboxMessage.<InboxMessage>find(NEXT, openid).firstResult();
    }

    /** Holds the user's messages for this transaction: no other instance processes them until it ends. */
    Uni<Void> lockUser(String openid) {
        return sql.rows(LOCK_USER, openid).replaceWithVoid();
    }

    Uni<Void> markProcessed(long id, OffsetDateTime at) {
        return sql.update(MARK_PROCESSED, at, id).replaceWithVoid();
    }

    /** The users with a pending message due at {@code now} (at most 10,000 per call). */
    Uni<List<String>> dueUsers(OffsetDateTime now) {
        return sql.rows(DUE_USERS, now).map(rows -> rows.stream().map(row -> (String) row[0]).toList());
    }

    /** Forgets the signed pairs of pushes stamped before {@code epochSecond}; how many. */
    Uni<Integer> expireNonces(long epochSecond) {
        return sql.update(EXPIRE_NONCES, epochSecond);
    }
}
