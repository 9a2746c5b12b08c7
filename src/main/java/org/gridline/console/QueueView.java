package org.gridline.console;

import org.gridline.auth.Caller;
import org.gridline.platform.Page;
import org.gridline.report.QueueRow;
import org.gridline.report.ReportSearch;
import org.gridline.report.ReportSearch.SortKey;
import org.gridline.report.ReportStatus;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The queue page: the search as the URL gave it, a page of its rows, the filter form's options (each marked when
 * chosen), links that keep the filter (pages, sorting, the unassigned queue, the CSV export), and what bulk may do.
 */
public record QueueView(ReportSearch search, Page<QueueRow> rows, Pager pager, String pageLink, String back,
                        List<Option> grids, List<Option> categories, List<Option> statuses, List<Option> departments,
                        List<Option> people, List<SortLink> sorts, String exportLink, boolean assignable,
                        boolean cancellable, Map<String, String> gridNames) {

    /** One choice of a filter: its value, what a person reads, whether the current view has it. */
    public record Option(String value, String label, boolean selected) {
    }

    /** A column's sort link: the key, whether the view is sorted by it now and which way, and the link. */
    public record SortLink(String key, boolean current, boolean ascending, String link) {
    }

    static QueueView of(ReportSearch search, Page<QueueRow> rows, QueueChoices.Choices c, Caller caller) {
        String query = search.queryString();
        String filter = search.filterQueryString();
        return new QueueView(search, rows, Pager.of(rows.page(), rows.size(), rows.total()),
                "/console/reports?" + (filter.isEmpty() ? "" : filter + "&"), query,
                c.grids().entrySet().stream().map(g -> new Option(g.getKey(), g.getValue() + "（" + g.getKey() + "）",
                        search.grids().contains(g.getKey()))).toList(),
                c.categories().stream().map(k -> new Option(k.code(), k.name(), search.categories().contains(k.code())))
                        .toList(),
                Arrays.stream(ReportStatus.values()).map(s -> new Option(s.name(), s.label(), s == search.status()))
                        .toList(),
                c.departments().stream().map(d -> new Option(d.code(), d.name(),
                        d.code().equals(search.department()))).toList(),
                c.people().stream().map(p -> new Option(p.openid(), p.name(), p.openid().equals(search.assignee())))
                        .toList(),
                Arrays.stream(SortKey.values()).map(k -> sort(search, k)).toList(),
                "/console/reports/export.csv" + (filter.isEmpty() ? "" : "?" + filter), c.oneGrid() != null,
                caller.isAdmin(), c.grids());
    }

    /** Sorted by this key: the current one turns around; another starts newest filed / nearest deadline first. */
    private static SortLink sort(ReportSearch search, SortKey key) {
        boolean current = search.sort() == key;
        boolean ascending = current ? !search.ascending() : key != SortKey.FILED;
        return new SortLink(key.param(), current, search.ascending(),
                "/console/reports?" + search.withSort(key, ascending).queryString());
    }

    public boolean hasFilter() {
        return !search.filterQueryString().isEmpty();
    }

    public boolean unassignedView() {
        return Objects.equals(search.status(), ReportStatus.RECEIVED);
    }
}
