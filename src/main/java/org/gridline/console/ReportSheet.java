package org.gridline.console;

import org.gridline.grid.DepartmentView;
import org.gridline.grid.MemberView;
import org.gridline.report.Category;
import org.gridline.report.ReportViews.ReportDetail;
import org.gridline.report.workorder.DepartmentOrderView;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Everything the report page shows: the report, names for its codes and people, followers, department orders, the
 * timeline with each actor's name and the escalation steps among it, and the actions this caller may take now
 * (with the people, grids, categories and departments their forms choose from).
 */
public record ReportSheet(ReportDetail report, String gridName, String assigneeName, List<String> followers,
                          List<DepartmentOrderView> orders, List<Line> timeline, List<Line> escalations,
                          Offers offers, List<MemberView> people, Map<String, String> grids,
                          List<Category> categories, List<DepartmentView> departments) {

    /** One timeline entry: when, who (their name when the grid knows them), what (in Chinese), the note. */
    public record Line(OffsetDateTime at, String actor, String action, String note) {
    }

    /** Which action forms the page shows: what the lifecycle allows for this caller's role and the report's state. */
    public record Offers(boolean dispatch, boolean redispatch, boolean reassign, boolean cancel, boolean reclassify,
                         boolean order, boolean moveGrid) {
        public boolean any() {
            return dispatch || redispatch || reassign || cancel || reclassify || order;
        }
    }
}
