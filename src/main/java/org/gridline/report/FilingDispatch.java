package org.gridline.report;

import io.smallrye.mutiny.Uni;

/**
 * The work-order side of filing, implemented by {@code report.workorder}: {@link ReportService} calls it inside the
 * filing transaction, so that the report, its dispatch and the notices commit together, and the dependency between
 * the two packages runs one way (the work orders know reports; reports know only this port).
 */
public interface FilingDispatch {
    /**
     * Dispatches a report just filed: deadline from the category and level, the category's department attached, the
     * least busy worker of the grid (or its leader) as assignee; no grid or nobody in it → it stays RECEIVED in the
     * street's queue.
     */
    Uni<Dispatched> dispatchFiled(Report report);

    /**
     * The reporter adds to a report already filed (an emergency is filed before its place and phone are known); a
     * place that finds the grid of a report with none dispatches it, the worker who has it already is told.
     */
    Uni<Supplemented> supplement(String number, String reporter, Supplement added);
}
