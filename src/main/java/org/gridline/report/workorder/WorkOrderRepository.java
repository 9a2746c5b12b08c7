package org.gridline.report.workorder;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.platform.db.Sql;
import org.gridline.report.ReportStatus;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The work orders' custom queries, on the caller's session and transaction: the clock-driven checks' batches (locked
 * {@code FOR UPDATE SKIP LOCKED}, see {@link WorkOrderChecks}) through {@link Sql}, and the report numbers a short
 * reference in the chat may mean.
 */
@ApplicationScoped
class WorkOrderRepository {
    /** Orders whose clock runs (挂起 stops it; resolved and ended orders have no deadline to meet) with a step due. */
    private static final String DUE_STEPS = """
            SELECT id FROM report
            WHERE status IN ('RECEIVED', 'DISPATCHED', 'ACCEPTED', 'RETURNED', 'REOPENED') AND escalated_at IS NULL
              AND deadline IS NOT NULL
              AND ((reminded_at IS NULL AND clock_started_at + (deadline - clock_started_at) * 0.75 <= ?1)
                OR (supervised_at IS NULL AND deadline <= ?1)
                OR clock_started_at + (deadline - clock_started_at) * 1.5 <= ?1)
            ORDER BY deadline LIMIT ?2 FOR UPDATE SKIP LOCKED""";
    private static final String RATING_OVER = """
            SELECT id FROM report WHERE status = 'RESOLVED' AND rating_due_at <= ?1
            ORDER BY rating_due_at LIMIT ?2 FOR UPDATE SKIP LOCKED""";
    private static final String ORDERS_OVERDUE = """
            SELECT id FROM department_order WHERE acknowledged_at IS NULL AND escalated_at IS NULL AND due_at <= ?1
            ORDER BY due_at LIMIT ?2 FOR UPDATE SKIP LOCKED""";
    private static final String REFERABLE = """
            select r.number from Report r
            where r.status in ?1 and r.number like ?2 and r.gridCode in ?3 order by r.number""";
    private static final String WAITING_ORDERS = """
            select distinct r.number from DepartmentOrder o, Report r
            where r.id = o.reportId and o.acknowledgedAt is null and o.departmentCode in ?1 and r.number like ?2
            order by r.number""";
    private static final int MAX_NUMBERS = 20;

    private final Sql sql;

    WorkOrderRepository(Sql sql) {
        this.sql = sql;
    }

    /** Ids of up to {@code max} reports with an escalation step due at {@code now}, locked for this transaction. */
    Uni<List<Long>> lockDueSteps(OffsetDateTime now, int max) {
        return lockedIds(DUE_STEPS, now, max);
    }

    /** Ids of up to {@code max} resolved reports whose rating window is over, locked for this transaction. */
    Uni<List<Long>> lockRatingsOver(OffsetDateTime now, int max) {
        return lockedIds(RATING_OVER, now, max);
    }

    /** Ids of up to {@code max} department orders not acknowledged in time, locked for this transaction. */
    Uni<List<Long>> lockOrdersOverdue(OffsetDateTime now, int max) {
        return lockedIds(ORDERS_OVERDUE, now, max);
    }

    /** Up to 20 numbers (LIKE {@code pattern}) of reports in the grids with one of the statuses, in order. */
    Uni<List<String>> numbersIn(List<String> grids, List<ReportStatus> statuses, String pattern) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(REFERABLE, String.class)
                .setParameter(1, statuses).setParameter(2, pattern).setParameter(3, grids)
                .setMaxResults(MAX_NUMBERS).getResultList());
    }

    /** Up to 20 numbers (LIKE {@code pattern}) of reports with an order waiting for one of the departments. */
    Uni<List<String>> numbersWaitingFor(List<String> departments, String pattern) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(WAITING_ORDERS, String.class)
                .setParameter(1, departments).setParameter(2, pattern).setMaxResults(MAX_NUMBERS).getResultList());
    }

    private Uni<List<Long>> lockedIds(String statement, OffsetDateTime now, int max) {
        return sql.rows(statement, now, max).map(rows -> rows.stream().map(row -> ((Number) row[0]).longValue())
                .toList());
    }
}
