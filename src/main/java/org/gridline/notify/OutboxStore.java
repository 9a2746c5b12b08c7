package org.gridline.notify;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The delivery side's SQL. A claim marks rows SENDING in the same statement that selects them with
 * {@code FOR UPDATE SKIP LOCKED}, so instances sharing the database never claim the same row; every later update is
 * guarded by {@code status = 'SENDING'}. Each outcome is its own autocommit statement, run as soon as the platform
 * answers: the "sent" mark is durable a round trip after the send, which keeps the re-send window of a crash to the
 * calls in flight at that instant.
 * <p>
 * On the raw Vert.x pool rather than a Hibernate session, on purpose: these are single autocommit statements on the
 * delivery's hot path, never part of an entity change, so a session per claim and per outcome would only add its
 * cost (and the claim's {@code RETURNING} rows would not be entities anyway). Everything else in notify runs on the
 * caller's reactive session ({@link OutboxRepository}, {@link SubscriptionRepository}, the entities).
 */
@ApplicationScoped
class OutboxStore {
    /**
     * A row is claimable only if no earlier row of the same user is still PENDING (due or waiting for its backoff) or
     * SENDING: one user's rows go one at a time, in the order they were written, across instances and restarts.
     * HELD, SENT, DEAD and SKIPPED rows hold nothing back. The probe uses {@code outbox_message_user_open}.
     */
    private static final String CLAIM = """
            UPDATE outbox_message o SET status = 'SENDING', attempts = o.attempts + 1, version = o.version + 1,
                   claimed_until = now() + make_interval(secs => $2)
            FROM (SELECT m.id FROM outbox_message m WHERE m.status = 'PENDING' AND m.next_attempt_at <= $3
                    AND NOT EXISTS (SELECT 1 FROM outbox_message e WHERE e.openid = m.openid AND e.id < m.id
                                    AND e.status IN ('PENDING', 'SENDING'))
                  ORDER BY m.next_attempt_at, m.id LIMIT $1 FOR UPDATE SKIP LOCKED) due
            WHERE o.id = due.id
            RETURNING o.id, o.openid, o.kind, o.template_id, o.body, o.fallback, o.attempts, o.created_at,
                      o.subscription_taken, o.useful_until,
                      (SELECT last_message_at FROM user_contact u WHERE u.openid = o.openid) AS last_message_at""";
    private static final String TAKE_SUBSCRIPTION = """
            WITH taken AS (UPDATE subscription SET remaining = remaining - 1, updated_at = now()
                           WHERE openid = $1 AND template_id = $2 AND remaining > 0 RETURNING 1)
            UPDATE outbox_message SET subscription_taken = true
            WHERE id = $3 AND status = 'SENDING' AND EXISTS (SELECT 1 FROM taken) RETURNING id""";

    private final Pool pool;

    OutboxStore(Pool pool) {
        this.pool = pool;
    }

    /** Claims up to {@code max} rows due at {@code now} (the application's clock, the one due times are set with). */
    Uni<List<ClaimedMessage>> claim(int max, long claimSeconds, OffsetDateTime now) {
        return pool.preparedQuery(CLAIM).execute(Tuple.of(max, (double) claimSeconds, now)).map(rows -> {
            List<ClaimedMessage> claimed = new ArrayList<>();
            for (Row row : rows) {
                claimed.add(ClaimedMessage.of(row));
            }
            return claimed;
        });
    }

    /** Consumes one of the user's subscriptions for this row; false when none is left. */
    Uni<Boolean> takeSubscription(ClaimedMessage m) {
        return pool.preparedQuery(TAKE_SUBSCRIPTION).execute(Tuple.of(m.openid(), m.templateId(), m.id()))
                .map(rows -> rows.size() == 1);
    }

    Uni<Boolean> hasSubscription(String openid, String templateId) {
        return pool.preparedQuery("SELECT 1 FROM subscription WHERE openid = $1 AND template_id = $2 AND remaining > 0")
                .execute(Tuple.of(openid, templateId)).map(rows -> rows.size() > 0);
    }

    Uni<Void> sent(long id) {
        return update("status = 'SENT', sent_at = now(), last_errcode = 0, last_error = NULL", id);
    }

    Uni<Void> retryAt(long id, OffsetDateTime at, Integer errcode, String error, boolean countAttempt) {
        return pool.preparedQuery("UPDATE outbox_message SET status = 'PENDING', next_attempt_at = $2, last_errcode = "
                + "$3,"
                        + " last_error = $4, claimed_until = NULL, attempts = attempts - $5, version = version + 1"
                        + " WHERE id = $1 AND status = 'SENDING'")
                .execute(Tuple.of(id, at, errcode, truncate(error), countAttempt ? 0 : 1)).replaceWithVoid();
    }

    /** Gives a claimed row back unsent (the worker is stopping): due again at once, the attempt not counted. */
    Uni<Void> release(long id) {
        return pool.preparedQuery("UPDATE outbox_message SET status = 'PENDING', claimed_until = NULL,"
                        + " attempts = attempts - 1, version = version + 1 WHERE id = $1 AND status = 'SENDING'")
                .execute(Tuple.of(id)).replaceWithVoid();
    }

    Uni<Void> finish(long id, OutboxStatus status, Integer errcode, String error) {
        return pool.preparedQuery("UPDATE outbox_message SET status = $2, last_errcode = $3, last_error = $4,"
                        + " claimed_until = NULL, version = version + 1 WHERE id = $1 AND status = 'SENDING'")
                .execute(Tuple.of(id, status.name(), errcode, truncate(error))).replaceWithVoid();
    }

    /** Turns a customer-service reply whose window closed into its subscribe-message fallback, due now. */
    Uni<Void> switchToFallback(long id, String fallback, OffsetDateTime now) {
        return becomeFallback(id, OutboxKind.SUBSCRIBE, fallback, ClaimedMessage.templateOf(fallback), 45015,
                "reply window closed: fallback", now);
    }

    /**
     * Turns a subscribe message the user cannot receive into its customer-service fallback, due now; from there it
     * goes the customer-service way (sent, or HELD while the reply window is closed).
     */
    Uni<Void> switchToCustomFallback(long id, String fallback, Integer errcode, String error, OffsetDateTime now) {
        return becomeFallback(id, OutboxKind.CUSTOM, fallback, null, errcode, error, now);
    }

    /** The claimed row becomes its fallback (the other kind), with fresh attempts, due at {@code now}. */
    private Uni<Void> becomeFallback(long id, OutboxKind kind, String body, String templateId, Integer errcode,
                                     String error, OffsetDateTime now) {
        return pool.preparedQuery("UPDATE outbox_message SET kind = $2, body = $3::text::jsonb, fallback = NULL,"
                        + " template_id = $4, status = 'PENDING', next_attempt_at = $5, attempts = 0,"
                        + " claimed_until = NULL, last_errcode = $6, last_error = $7,"
                        + " version = version + 1 WHERE id = $1 AND status = 'SENDING'")
                .execute(Tuple.from(Arrays.asList(id, kind.name(), body, templateId, now, errcode, truncate(error))))
                .replaceWithVoid();
    }

    Uni<Void> subscriptionUsedUp(String openid, String templateId) {
        return pool.preparedQuery("UPDATE subscription SET remaining = 0, updated_at = now()"
                + " WHERE openid = $1 AND template_id = $2").execute(Tuple.of(openid, templateId)).replaceWithVoid();
    }

    /** Claims whose sender died (no answer within the claim timeout) become due again. */
    Uni<Integer> reclaimExpired() {
        return pool.query("UPDATE outbox_message SET status = 'PENDING', claimed_until = NULL, version = version + 1"
                + " WHERE status = 'SENDING' AND claimed_until < now()").execute().map(rows -> rows.rowCount());
    }

    private Uni<Void> update(String set, long id) {
        return pool.preparedQuery("UPDATE outbox_message SET " + set + ", claimed_until = NULL, version = version + 1"
                + " WHERE id = $1 AND status = 'SENDING'").execute(Tuple.of(id)).replaceWithVoid();
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }
}
