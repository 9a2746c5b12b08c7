package org.gridline.inbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.wechat.InboundMessage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One transaction of {@link InboxWriter}'s group commit: the batch's signed pairs ({@link InboxNonces}), then every
 * row that is not a replay in one {@code INSERT … SELECT FROM unnest(…)}. Written with the reactive SQL client rather
 * than Hibernate: one statement per batch is the point here (no entity per message, no session per batch, the
 * connection's own transaction holding the batch and its replay-cache rows), and acknowledging a push waits for
 * nothing but this commit. A duplicate (same dedup key) is not stored again; if its original was set aside as failed,
 * it is revived for processing. Everything else in the inbox runs on the reactive session ({@link InboxRepository}).
 */
@ApplicationScoped
class InboxBatch {
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
    private static final int READABLE_KEY = 250;
    private static final int KEY_PREFIX = 100;

    private final Pool pool;

    InboxBatch(Pool pool) {
        this.pool = pool;
    }

    /** Stores the batch in one transaction; the result is the set of rows left out as replays. */
    Uni<Set<PendingPush>> insert(List<PendingPush> batch) {
        return pool.withTransaction(conn -> InboxNonces.claim(conn, batch, p -> p.nonce, p -> storedKey(p.message))
                .chain(replays -> {
                    Map<String, PendingPush> unique = new LinkedHashMap<>();
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

    private Uni<Void> reviveDuplicates(SqlConnection conn, Set<String> keys, Iterable<Row> inserted) {
        Set<String> duplicates = new HashSet<>(keys);
        inserted.forEach(row -> duplicates.remove(row.getString(0)));
        if (duplicates.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return conn.preparedQuery(REVIVE).execute(Tuple.of(duplicates.toArray(String[]::new))).replaceWithVoid();
    }

    private static Tuple columns(Collection<PendingPush> rows) {
        int n = rows.size();
        String[] keys = new String[n], openids = new String[n], types = new String[n], events = new String[n],
                payloads = new String[n], raws = new String[n];
        Long[] created = new Long[n];
        int i = 0;
        for (PendingPush p : rows) {
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
        if (key.length() <= READABLE_KEY) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return key.substring(0, KEY_PREFIX) + "#sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** PostgreSQL text cannot hold U+0000: a visible mark instead. */
    private static String withoutNul(String text) {
        return text == null ? "" : text.replace('\u0000', '\ufffd');
    }
}
