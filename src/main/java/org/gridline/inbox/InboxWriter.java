package org.gridline.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.wechat.InboundMessage;

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
 * (same dedup key) is not stored again; if its original was set aside as failed, it is revived for processing.
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
        String payload = toJson(message);
        return Uni.createFrom().emitter(emitter -> {
            queue.add(new Pending(message, payload, emitter));
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
            insert(batch).subscribe().with(
                    ok -> finish(batch, null),
                    failure -> finish(batch, failure));
        }
    }

    private List<Pending> take() {
        List<Pending> batch = new ArrayList<>();
        for (Pending p; batch.size() < maxBatch && (p = queue.poll()) != null; ) {
            batch.add(p);
        }
        return batch;
    }

    private void finish(List<Pending> batch, Throwable failure) {
        inFlight.decrementAndGet();
        flushWhileCapacity();
        for (Pending p : batch) {
            if (failure == null) {
                p.emitter().complete(null);
            } else {
                p.emitter().fail(failure);
            }
        }
    }

    private Uni<Void> insert(List<Pending> batch) {
        Map<String, Pending> unique = new LinkedHashMap<>();
        batch.forEach(p -> unique.putIfAbsent(storedKey(p.message()), p));
        return pool.withTransaction(conn -> conn.preparedQuery(INSERT).execute(columns(unique.values()))
                .chain(inserted -> reviveDuplicates(conn, unique.keySet(), inserted)));
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
            InboundMessage m = p.message();
            keys[i] = storedKey(m);
            openids[i] = m.fromUser();
            types[i] = m.msgType();
            events[i] = m.event();
            created[i] = m.createTime();
            payloads[i] = p.payload();
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

    private record Pending(InboundMessage message, String payload, UniEmitter<? super Void> emitter) {
    }
}
