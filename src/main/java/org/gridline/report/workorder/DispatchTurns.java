package org.gridline.report.workorder;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.report.ReportStatus;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the dispatch rule counts, from the report feature's own tables: each member's open orders ({@code report}) and
 * when they last got one in the grid ({@code report_dispatch_turn}, V65). In the caller's session and transaction.
 */
@ApplicationScoped
class DispatchTurns {
    private static final List<ReportStatus> OPEN = List.of(ReportStatus.DISPATCHED, ReportStatus.ACCEPTED,
            ReportStatus.SUSPENDED);

    /** The open orders of each of the people (those with none are left out). */
    Uni<Map<String, Integer>> openOrders(List<String> openids) {
        if (openids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().chain(s -> s.createSelectionQuery("select r.assignee, count(r) from Report r "
                        + "where r.assignee in ?1 and r.status in ?2 group by r.assignee", Object[].class)
                .setParameter(1, openids).setParameter(2, OPEN).getResultList()).map(rows -> {
                    Map<String, Integer> counts = new HashMap<>();
                    rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).intValue()));
                    return counts;
                });
    }

    /** When each member of the grid last got an order there (those who never did are left out). */
    Uni<Map<String, Instant>> lastTurns(String gridCode) {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT openid, last_dispatched_at "
                        + "FROM report_dispatch_turn WHERE grid_code = ?1", Object[].class)
                .setParameter(1, gridCode).getResultList()).map(rows -> {
                    Map<String, Instant> turns = new HashMap<>();
                    rows.forEach(row -> turns.put((String) row[0], instant(row[1])));
                    return turns;
                });
    }

    /** Remembers that the member got an order now (their turn is over until the others have had theirs). */
    Uni<Void> taken(String gridCode, String openid, OffsetDateTime at) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        INSERT INTO report_dispatch_turn (grid_code, openid, last_dispatched_at) VALUES (?1, ?2, ?3)
                        ON CONFLICT (grid_code, openid)
                        DO UPDATE SET last_dispatched_at = EXCLUDED.last_dispatched_at""")
                .setParameter(1, gridCode).setParameter(2, openid).setParameter(3, at).executeUpdate()).replaceWithVoid();
    }

    /** Serialises dispatches into one grid until the transaction ends, so two filings cannot both pick one worker. */
    Uni<Void> lockGrid(String gridCode) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))) AS locked")
                .setParameter(1, "dispatch:" + gridCode).getSingleResult()).replaceWithVoid();
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime t ? t.toInstant() : value instanceof Instant i ? i
                : ((java.sql.Timestamp) value).toInstant();
    }
}
