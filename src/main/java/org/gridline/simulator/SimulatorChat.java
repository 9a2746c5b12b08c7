package org.gridline.simulator;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.platform.db.Sql;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The panes' chats, kept in {@code simulator_chat}: what each user sent from a pane and what the simulated platform
 * delivered to them, the last {@value #KEEP} per user. A page polls "after sequence number X", so the numbers a user
 * sees must only grow: entries of one user are written one at a time (an advisory lock per user, held to the commit),
 * and a sequence never goes back, across restarts too. The feature's one table, so this class is its repository too.
 */
@ApplicationScoped
class SimulatorChat {
    static final int KEEP = 200;
    /** First key of the two-key advisory locks taken here, so they never meet another feature's locks. */
    private static final int LOCK_SPACE = 5901;
    private static final String LOCK = "SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1, hashtext(?2))) AS locked";
    /** The body through text: the client would send a string given for a jsonb parameter as a JSON string. */
    private static final String INSERT = """
            WITH added AS (INSERT INTO simulator_chat (openid, kind, body, at)
                           VALUES (?1, ?2, CAST(CAST(?3 AS text) AS jsonb), ?4) RETURNING seq)
            SELECT seq FROM added""";
    private static final String PRUNE = """
            DELETE FROM simulator_chat WHERE openid = ?1 AND seq < (SELECT min(seq) FROM
                   (SELECT seq FROM simulator_chat WHERE openid = ?1 ORDER BY seq DESC LIMIT ?2) kept)""";
    private static final String AFTER = """
            SELECT seq, at, kind, CAST(body AS text) FROM simulator_chat WHERE openid = ?1 AND seq > ?2
            ORDER BY seq LIMIT ?3""";

    private final Sql sql;

    SimulatorChat(Sql sql) {
        this.sql = sql;
    }

    /**
     * An entry of a user's chat: {@code kind} is {@code user} (sent from the pane), {@code custom} or
     * {@code subscribe}.
     */
    public record Entry(long seq, long at, String kind, JsonObject body) {
        static Entry of(Object[] row) {
            return new Entry(((Number) row[0]).longValue(), Sql.instant(row[1]).toEpochMilli(), (String) row[2],
                    new JsonObject((String) row[3]));
        }
    }

    /** Appends to {@code openid}'s chat; answers the entry's sequence number. */
    Uni<Long> add(String openid, String kind, JsonObject body, Instant at) {
        return Panache.withTransaction(() -> sql.rows(LOCK, LOCK_SPACE, openid)
                .chain(() -> sql.rows(INSERT, openid, kind, body.encode(),
                        OffsetDateTime.ofInstant(at, ZoneOffset.UTC)))
                .map(rows -> ((Number) rows.get(0)[0]).longValue())
                .call(() -> sql.update(PRUNE, openid, KEEP)));
    }

    /** {@code openid}'s chat after sequence number {@code after}, oldest first. */
    Uni<List<Entry>> after(String openid, long after) {
        return sql.rows(AFTER, openid, after, KEEP).map(rows -> rows.stream().map(Entry::of).toList());
    }
}
