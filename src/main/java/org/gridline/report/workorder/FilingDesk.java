package org.gridline.report.workorder;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.report.Dispatched;
import org.gridline.report.FilingDispatch;
import org.gridline.report.Report;
import org.gridline.report.Supplement;
import org.gridline.report.Supplemented;

/** The work orders' side of filing ({@link FilingDispatch}): dispatch a report just filed, add to one filed. */
@ApplicationScoped
class FilingDesk implements FilingDispatch {
    private final Dispatching dispatching;
    private final Supplements supplements;

    FilingDesk(Dispatching dispatching, Supplements supplements) {
        this.dispatching = dispatching;
        this.supplements = supplements;
    }

    @Override
    public Uni<Dispatched> dispatchFiled(Report report) {
        return dispatching.dispatchFiled(report);
    }

    @Override
    public Uni<Supplemented> supplement(String number, String reporter, Supplement added) {
        return supplements.supplement(number, reporter, added);
    }
}
