package org.gridline.report;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.auth.Caller;
import org.gridline.grid.GridDirectory;
import org.gridline.platform.error.DomainException;
import org.gridline.platform.time.ClockProducer;
import org.gridline.report.StatsViews.Stats;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The KPIs of issue 7 over a window of days: an ADMIN's of every grid (or the one asked for), a LEADER's of theirs. */
@ApplicationScoped
public class StatsQueries {
    private static final String ROWS = "select new org.gridline.report.StatsRow(r.gridCode, r.status, r.createdAt,"
            + " r.resolvedAt, r.deadline, r.suspendedAt, r.rating) from Report r"
            + " where r.createdAt >= :start and r.createdAt < :end";

    private final GridDirectory grids;
    private final Clock clock;

    public StatsQueries(GridDirectory grids, Clock clock) {
        this.grids = grids;
        this.clock = clock;
    }

    /** {@code from} and {@code to} as the query gives them: ISO dates or blank (see {@link StatsWindow}). */
    @WithSession
    public Uni<Stats> stats(String grid, String from, String to, Caller caller) {
        Instant now = clock.instant();
        StatsWindow window = StatsWindow.parse(from, to, LocalDate.ofInstant(now, ClockProducer.ZONE));
        String scope = scope(grid, caller);
        return grids.names().chain(names -> {
            if (scope != null && !names.containsKey(scope)) {
                throw DomainException.notFound("unknown-grid", "No grid " + scope);
            }
            return rows(window, scope).map(rows -> Stats.of(window, now, rows, names, scope));
        });
    }

    private Uni<List<StatsRow>> rows(StatsWindow window, String scope) {
        return Panache.getSession().chain(s -> {
            var query = s.createSelectionQuery(scope == null ? ROWS : ROWS + " and r.gridCode = :grid", StatsRow.class)
                    .setParameter("start", window.start().atOffset(ZoneOffset.UTC))
                    .setParameter("end", window.end().atOffset(ZoneOffset.UTC));
            return (scope == null ? query : query.setParameter("grid", scope)).getResultList();
        });
    }

    /** The grid to narrow to, or null for all (an ADMIN asking for none). */
    private static String scope(String grid, Caller caller) {
        boolean asked = grid != null && !grid.isBlank();
        if (caller.isAdmin()) {
            return asked ? grid : null;
        }
        if (asked) {
            caller.requireStaffOf(grid);
        }
        return caller.gridCode();
    }
}
