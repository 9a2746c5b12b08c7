package org.gridline.inbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import org.gridline.wechat.PushNonce;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The replay cache: the signed (timestamp, nonce) of every stored push, in {@code inbox_nonce}, written inside the
 * group commit's transaction (one more statement per batch, none per message), so it holds across instances and
 * commits or rolls back with the messages themselves.
 * <p>
 * When is a reused pair a replay? The protocol (WECHAT-PROTOCOL.md §2) says the platform retries a push it had no
 * answer to within 5 s, up to 3 times, and that the signature covers only token, timestamp and nonce; it does not
 * promise fresh values for a retry, so a retry may repeat the exact request. A retry always carries the same message,
 * hence the same dedup key: a reused pair with the <em>same</em> dedup key is a retry (answered {@code success}, stored
 * once by the inbox's dedup). A reused pair with <em>another</em> dedup key (another sender, another MsgId) is a
 * replay of a captured query with a forged plaintext body, and is refused — unless the body was signed itself
 * ({@code msg_signature} over {@code Encrypt}), which no replay can forge: then two genuine pushes happened to draw the
 * same random nonce in the same second, and both are kept.
 */
final class InboxNonces {
    private static final String CLAIM = """
            INSERT INTO inbox_nonce (ts, nonce, dedup_key)
            SELECT * FROM unnest($1::int8[], $2::varchar[], $3::varchar[])
            ON CONFLICT (ts, nonce) DO NOTHING
            RETURNING ts, nonce, dedup_key""";
    private static final String HOLDERS = """
            SELECT ts, nonce, dedup_key FROM inbox_nonce
            WHERE (ts, nonce) IN (SELECT * FROM unnest($1::int8[], $2::varchar[]))""";

    private InboxNonces() {
    }

    /**
     * Records the pairs of {@code rows} (those with a nonce) and returns the rows that are replays; {@code nonce} and
     * {@code key} read a row's pair and dedup key.
     */
    static <T> Uni<Set<T>> claim(SqlConnection conn, List<T> rows, Function<T, PushNonce> nonce, Function<T,
            String> key) {
        List<T> signed = rows.stream().filter(r -> nonce.apply(r) != null).toList();
        if (signed.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        Long[] ts = signed.stream().map(r -> nonce.apply(r).timestamp()).toArray(Long[]::new);
        String[] nonces = signed.stream().map(r -> nonce.apply(r).nonce()).toArray(String[]::new);
        String[] keys = signed.stream().map(key).toArray(String[]::new);
        return conn.preparedQuery(CLAIM).execute(Tuple.tuple().addArrayOfLong(ts).addArrayOfString(nonces)
                .addArrayOfString(keys)).chain(claimed -> {
            Set<String> fresh = new HashSet<>();
            claimed.forEach(row -> fresh.add(pair(row) + '|' + row.getString(2)));
            List<T> reused = signed.stream().filter(r -> !nonce.apply(r).bodySigned()
                    && !fresh.contains(pair(nonce.apply(r)) + '|' + key.apply(r))).toList();
            return reused.isEmpty() ? Uni.createFrom().item(Set.<T>of()) : replays(conn, reused, nonce, key);
        });
    }

    /**
     * Of pairs used before, those held by another message (looked up afresh: another instance may have just committed).
     */
    private static <T> Uni<Set<T>> replays(SqlConnection conn, List<T> reused, Function<T, PushNonce> nonce,
                                           Function<T, String> key) {
        Long[] ts = reused.stream().map(r -> nonce.apply(r).timestamp()).toArray(Long[]::new);
        String[] nonces = reused.stream().map(r -> nonce.apply(r).nonce()).toArray(String[]::new);
        return conn.preparedQuery(HOLDERS).execute(Tuple.tuple().addArrayOfLong(ts).addArrayOfString(nonces))
                .map(holders -> {
                    Map<String, String> holder = new HashMap<>();
                    holders.forEach(row -> holder.put(pair(row), row.getString(2)));
                    Set<T> replays = new HashSet<>();
                    for (T r : reused) {
                        String held = holder.get(pair(nonce.apply(r)));
                        if (held != null && !held.equals(key.apply(r))) { // null: expired meanwhile, so not a replay
                            replays.add(r);
                        }
                    }
                    return replays;
                });
    }

    private static String pair(Row row) {
        return row.getLong(0) + "|" + row.getString(1);
    }

    private static String pair(PushNonce nonce) {
        return nonce.timestamp() + "|" + nonce.nonce();
    }
}
