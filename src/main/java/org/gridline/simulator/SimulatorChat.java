package org.gridline.simulator;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The panes' chats, kept in {@code simulator_chat}: what each user sent from a pane and what the simulated platform
 * delivered to them, the last {@value #KEEP} per user. A page polls "after sequence number X", so the numbers a user
 * sees must only grow: entries of one user are written one at a time (an advisory lock per user, held to the commit),
 * and a sequence never goes back, across restarts too.
 */
@ApplicationScoped
class SimulatorChat {
    static final int KEEP = 200;
    /** First key of the two-key advisory locks taken here, so they never meet another feature's locks. */
    private static final int LOCK_SPACE = 5901;
    private static final String PRUNE = """
            DELETE FROM simulator_chat WHERE openid = $1 AND seq < (SELECT min(seq) FROM
                   (SELECT seq FROM simulator_chat WHERE openid = $1 ORDER BY seq DESC LIMIT $2) kept)""";

    private final Pool pool;

    SimulatorChat(Pool pool) {
        this.pool = pool;
    }

    /** An entry of a user's chat: {@code kind} is {@code user} (sent from the pane), {@code custom} or {@code subscribe}. */
    public record Entry(long seq, long at, String kind, JsonObject body) {
        static Entry of(Row row) {
            return new Entry(row.getLong("seq"), row.getOffsetDateTime("at").toInstant().toEpochMilli(),
                    row.getString("kind"), row.getJsonObject("body"));
        }
    }

    /** Appends to {@code openid}'s chat; answers the entry's sequence number. */
    Uni<Long> add(String openid, String kind, JsonObject body, Instant at) {
        return pool.withTransaction(c -> c.preparedQuery("SELECT pg_advisory_xact_lock($1, hashtext($2))")
                .execute(Tuple.of(LOCK_SPACE, openid))
                .chain(() -> c.preparedQuery("INSERT INTO simulator_chat (openid, kind, body, at) VALUES ($1, $2, $3, $4)"
                                + " RETURNING seq")
                        .execute(Tuple.of(openid, kind, body, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))))
                .map(rows -> rows.iterator().next().getLong("seq"))
                .call(() -> c.preparedQuery(PRUNE).execute(Tuple.of(openid, KEEP))));
    }

    /** {@code openid}'s chat after sequence number {@code after}, oldest first. */
    Uni<List<Entry>> after(String openid, long after) {
        return pool.preparedQuery("SELECT seq, at, kind, body FROM simulator_chat WHERE openid = $1 AND seq > $2"
                        + " ORDER BY seq LIMIT $3")
                .execute(Tuple.of(openid, after, KEEP))
                .map(rows -> {
                    List<Entry> entries = new ArrayList<>();
                    rows.forEach(row -> entries.add(Entry.of(row)));
                    return entries;
                });
    }
}
