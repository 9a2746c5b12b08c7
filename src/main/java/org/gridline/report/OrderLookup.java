package org.gridline.report;

import io.smallrye.mutiny.Uni;
import org.gridline.report.ReportViews.ReportDetail;

import java.util.Optional;

/**
 * A work order as the grid's people see it in the chat (查询 R… or its last 4 digits), implemented by
 * {@code report.workorder}, which knows who may see what: only the order's assignee and the workers and leader of its
 * grid, the phone whole for the assignee and the grid's leader, masked for the other workers.
 */
public interface OrderLookup {
    /** The order as shown; {@code phone} already masked where it must be. */
    record OrderView(ReportDetail report, String place, String phone, String assigneeName) {
    }

    /**
     * @param staff whether the person works in a grid (so a miss is "none of your orders", not "none of your reports")
     * @param view  the order, when the reference names one they may see
     */
    record Lookup(boolean staff, Optional<OrderView> view) {
    }

    /** The newest order the person may see whose number is {@code reference} or ends in its 4 digits. */
    Uni<Lookup> lookup(String openid, String reference);
}
