package org.gridline.report.workorder;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.platform.db.Sql;
import org.gridline.report.ReportStatus;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the dispatch rule counts, from the report feature's own tables: each member's open orders ({@code report}) and
 * when they last got one in the grid ({@code report_dispatch_turn}, V65): the dispatch turn's repository. In the
 * caller's session and transaction ({@link Sql} for the native statements).
 */
@ApplicationScoped
class DispatchTurns {
    private static final List<String> OPEN = List.of(ReportStatus.DISPATCHED.name(), ReportStatus.ACCEPTED.name(),
            ReportStatus.SUSPENDED.name());
    /**
     * Native, not HQL: Hibernate interprets an HQL query with a list parameter again on every call (its plan is not
     * cached), which showed as the filing path's largest new CPU cost in a profile.
     */
    private static final String OPEN_ORDERS = """
            SELECT assignee, count(*) FROM report WHERE assignee IN (?1) AND status IN (?2) GROUP BY assignee""";
    private static final String LAST_TURNS =
            "SELECT openid, last_dispatched_at FROM report_dispatch_turn WHERE grid_code = ?1";
    private static final String TAKEN = """
            INSERT INTO report_dispatch_turn (grid_code, openid, last_dispatched_at) VALUES (?1, ?2, ?3)
            ON CONFLICT (grid_code, openid)
            DO UPDATE SET last_dispatched_at = EXCLUDED.last_dispatched_at""";
    private static final String LOCK_GRID =
            "SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))) AS locked";

    private final Sql sql;

    DispatchTurns(Sql sql) {
        this.sql = sql;
    }

    /** The open orders of each of the people (those with none are left out). */
    Uni<Map<String, Integer>> openOrders(List<String> openids) {
        if (openids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return sql.rows(OPEN_ORDERS, openids, OPEN).map(rows -> {
                    Map<String, Integer> counts = new HashMap<>();
                    rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).intValue()));
                    return counts;
                });
    }

    /** When each member of the grid last got an order there (those who never did are left out). */
    Uni<Map<String, Instant>> lastTurns(String gridCode) {
        return sql.rows(LAST_TURNS, gridCode).map(rows -> {
            Map<String, Instant> turns = new HashMap<>();
            rows.forEach(row -> turns.put((String) row[0], Sql.instant(row[1])));
            return turns;
        });
    }

    /** Remembers that the member got an order now (their turn is over until the others have had theirs). */
    Uni<Void> taken(String gridCode, String openid, OffsetDateTime at) {
        return sql.update(TAKEN, gridCode, openid, at).replaceWithVoid();
    }

    /** Serialises dispatches into one grid until the transaction ends, so two filings cannot both pick one worker. */
    Uni<Void> lockGrid(String gridCode) {
        return sql.rows(LOCK_GRID, "dispatch:" + gridCode).replaceWithVoid();
    }
}
