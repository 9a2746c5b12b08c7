package org.gridline.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.wechat.InboundMessage;
import org.gridline.wechat.PushNonce;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stores pushes durably with a group commit: messages that arrive while earlier writes are in flight are written
 * together, in one transaction and one fsync, as one {@code INSERT … SELECT FROM unnest(…)}. At low load a message is
 * written alone at once (no timer adds latency); under load, batches grow by themselves. Each caller's {@code Uni}
 * completes only when the transaction holding its message has committed.
 * <p>
 * Written with the reactive SQL client rather than Hibernate: one statement per batch is the point here. A duplicate
 * (same dedup key) is not stored again; if its original was set aside as failed, it is revived for processing. The
 * same transaction records each push's signed (timestamp, nonce) and leaves out replays ({@link InboxNonces}).
 * <p>
 * A batch the database refuses (one row it cannot store must not fail the others) is split in halves and written
 * again, down to single rows, so only the offending row fails; a lost connection fails the batch as it is.
 */
@ApplicationScoped
public class InboxWriter {
    private static final String INSERT = """
            INSERT INTO inbox_message (dedup_key, openid, msg_type, event, created_at, payload, raw_body)
            SELECT k, o, t, e, to_timestamp(c), p::jsonb, r
            FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::int8[], $6::text[], $7::text[])
                 AS x(k, o, t, e, c, p, r)
            ON CONFLICT (dedup_key) DO NOTHING
            RETURNING dedup_key""";
    private static final String REVIVE = """
            UPDATE inbox_message SET failed_at = NULL, attempts = 0, next_attempt_at = NULL, version = version + 1
            WHERE dedup_key = ANY($1) AND failed_at IS NOT NULL AND processed_at IS NULL""";

    private final Pool pool;
    private final ObjectMapper json;
    private final int maxBatch;
    private final int maxInFlight;
    private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();

    public InboxWriter(Pool pool, ObjectMapper json, InboxConfig config) {
        this.pool = pool;
        this.json = json;
        this.maxBatch = config.maxBatch();
        this.maxInFlight = config.maxBatchesInFlight();
    }

    /** Completes once the message (or an earlier copy of it) is committed. */
    public Uni<Void> write(InboundMessage message) {
        return write(message, null);
    }

    /**
     * Completes once the message (or an earlier copy of it) is committed with its signed pair; fails with
     * {@link ReplayedPush} (storing nothing) when another message already used the pair. {@code nonce} may be null.
     */
    public Uni<Void> write(InboundMessage message, PushNonce nonce) {
        String payload = toJson(message);
        return Uni.createFrom().emitter(emitter -> {
            queue.add(new Pending(message, nonce, payload, emitter));
            flushWhileCapacity();
        });
    }

    private void flushWhileCapacity() {
        while (!queue.isEmpty()) {
            int current = inFlight.get();
            if (current >= maxInFlight) {
                return; // a finishing batch calls us again
            }
            if (!inFlight.compareAndSet(current, current + 1)) {
                continue;
            }
            List<Pending> batch = take();
            if (batch.isEmpty()) {
                inFlight.decrementAndGet();
                continue;
            }
            attempt(batch).subscribe().with(this::finish);
        }
    }

    private List<Pending> take() {
        List<Pending> batch = new ArrayList<>();
        for (Pending p; batch.size() < maxBatch && (p = queue.poll()) != null; ) {
            batch.add(p);
        }
        return batch;
    }

    private void finish(List<Written> results) {
        inFlight.decrementAndGet();
        flushWhileCapacity();
        for (Written w : results) {
            if (w.failure() == null) {
                w.pending().emitter.complete(null);
            } else {
                w.pending().emitter.fail(w.failure());
            }
        }
    }

    /** Writes a batch and says how each row fared; never fails. A batch the database refuses is written in halves. */
    private Uni<List<Written>> attempt(List<Pending> batch) {
        return attempt(batch, true);
    }

    private Uni<List<Written>> attempt(List<Pending> batch, boolean first) {
        return insert(batch)
                .map(replays -> batch.stream().map(p -> new Written(p, replays.contains(p) ? new ReplayedPush() : null))
                        .toList())
                .onFailure(e -> batch.size() > 1 && refusedByDatabase(e)).recoverWithUni(e -> {
                    if (first) {
                        Log.warnf("The database refused an inbox batch of %d (SQLSTATE %s); writing it again in halves,"
                                + " down to single rows", batch.size(), sqlState(e));
                    }
                    int half = batch.size() / 2;
                    return attempt(batch.subList(0, half), false).chain(one -> attempt(batch.subList(half, batch.size()),
                            false).map(two -> concat(one, two)));
                })
                .onFailure().recoverWithItem(e -> batch.stream().map(p -> new Written(p, e)).toList());
    }

    /** Stores the batch; the result is the set of rows left out as replays. */
    private Uni<Set<Pending>> insert(List<Pending> batch) {
        return pool.withTransaction(conn -> InboxNonces.claim(conn, batch, p -> p.nonce, p -> storedKey(p.message))
                .chain(replays -> {
                    Map<String, Pending> unique = new LinkedHashMap<>();
                    batch.stream().filter(p -> !replays.contains(p))
                            .forEach(p -> unique.putIfAbsent(storedKey(p.message), p));
                    if (unique.isEmpty()) {
                        return Uni.createFrom().item(replays);
                    }
                    return conn.preparedQuery(INSERT).execute(columns(unique.values()))
                            .chain(inserted -> reviveDuplicates(conn, unique.keySet(), inserted))
                            .replaceWith(replays);
                }));
    }

    /** The server answered with an error for this statement (bad data, a limit): other rows may well be fine. */
    private static boolean refusedByDatabase(Throwable e) {
        return sqlState(e) != null;
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PgException pg) {
                return pg.getSqlState();
            }
        }
        return null;
    }

    private static List<Written> concat(List<Written> first, List<Written> second) {
        List<Written> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private Uni<Void> reviveDuplicates(SqlConnection conn, Set<String> keys, Iterable<Row> inserted) {
        Set<String> duplicates = new HashSet<>(keys);
        inserted.forEach(row -> duplicates.remove(row.getString(0)));
        if (duplicates.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return conn.preparedQuery(REVIVE).execute(Tuple.of(duplicates.toArray(String[]::new))).replaceWithVoid();
    }

    private static Tuple columns(java.util.Collection<Pending> rows) {
        int n = rows.size();
        String[] keys = new String[n], openids = new String[n], types = new String[n], events = new String[n],
                payloads = new String[n], raws = new String[n];
        Long[] created = new Long[n];
        int i = 0;
        for (Pending p : rows) {
            InboundMessage m = p.message;
            keys[i] = storedKey(m);
            openids[i] = m.fromUser();
            types[i] = m.msgType();
            events[i] = m.event();
            created[i] = m.createTime();
            payloads[i] = p.payload;
            raws[i] = withoutNul(m.rawBody());
            i++;
        }
        return Tuple.tuple().addArrayOfString(keys).addArrayOfString(openids).addArrayOfString(types)
                .addArrayOfString(events).addArrayOfLong(created).addArrayOfString(payloads).addArrayOfString(raws);
    }

    /**
     * The dedup key as stored: kept readable when short; a long one (a VIEW event's URL key) becomes a readable
     * prefix plus the SHA-256 of the whole key, so it fits the column and the unique index.
     */
    static String storedKey(InboundMessage message) {
        String key = message.dedupKey();
        if (key.length() <= 250) {
            return key;
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return key.substring(0, 100) + "#sha256:" + java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String toJson(InboundMessage message) {
        try {
            // PostgreSQL text and jsonb cannot hold U+0000; a JSON push may carry it escaped. Keep a visible mark instead.
            return json.writeValueAsString(message).replace("\\u0000", "\\ufffd");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An inbound message could not be serialised", e);
        }
    }

    private static String withoutNul(String text) {
        return text == null ? "" : text.replace('\u0000', '\ufffd');
    }

    /** One waiting message; identity matters (two copies of one push are two callers to answer). */
    private static final class Pending {
        final InboundMessage message;
        final PushNonce nonce;
        final String payload;
        final UniEmitter<? super Void> emitter;

        Pending(InboundMessage message, PushNonce nonce, String payload, UniEmitter<? super Void> emitter) {
            this.message = message;
            this.nonce = nonce;
            this.payload = payload;
            this.emitter = emitter;
        }
    }

    /** How one row fared: null failure = committed. */
    private record Written(Pending pending, Throwable failure) {
    }
}
