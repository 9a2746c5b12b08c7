package org.gridline.console;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.auth.Caller;
import org.gridline.grid.CityService;
import org.gridline.grid.DepartmentView;
import org.gridline.grid.GridDirectory;
import org.gridline.grid.MemberRole;
import org.gridline.grid.MemberView;
import org.gridline.platform.Page;
import org.gridline.report.CategoryStandard;
import org.gridline.report.Followers;
import org.gridline.report.ReportQueries;
import org.gridline.report.ReportStatus;
import org.gridline.report.ReportViews.ReportDetail;
import org.gridline.report.ReportViews.TimelineEntry;
import org.gridline.report.TimelineLabels;
import org.gridline.report.workorder.Action;
import org.gridline.report.workorder.ActorRole;
import org.gridline.report.workorder.DepartmentOrderView;
import org.gridline.report.workorder.DepartmentOrders;
import org.gridline.report.workorder.Lifecycle;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Gathers a {@link ReportSheet} from the features' services (report, work orders, grid); decides nothing itself. */
@ApplicationScoped
class ReportSheets {
    private static final Set<String> ESCALATIONS = Set.of("REMINDER", "SUPERVISION", "ESCALATION", "ORDER_OVERDUE");

    private final ReportQueries reports;
    private final Followers followers;
    private final DepartmentOrders orders;
    private final GridDirectory directory;
    private final CityService city;
    private final CategoryStandard standard;

    ReportSheets(ReportQueries reports, Followers followers, DepartmentOrders orders, GridDirectory directory,
                 CityService city, CategoryStandard standard) {
        this.reports = reports;
        this.followers = followers;
        this.orders = orders;
        this.directory = directory;
        this.city = city;
        this.standard = standard;
    }

    /** The sheet of the report for this caller; 404 for no such report, 403 for a leader of another grid. */
    Uni<ReportSheet> of(String number, Caller caller) {
        return reports.get(number, caller).chain(r -> {
            Parts p = new Parts(r);
            return followers.of(number).invoke(f -> p.followers = f)
                    .chain(() -> orders.ofReport(number)).invoke(o -> p.orders = o)
                    .chain(() -> names(r)).invoke(n -> p.names = n)
                    .chain(() -> people(r)).invoke(m -> p.people = m)
                    .chain(() -> choices(caller)).map(c -> p.sheet(c, offers(r, caller)));
        });
    }

    /** What is gathered, one service call after the other (they share the request's database session). */
    private final class Parts {
        final ReportDetail report;
        List<String> followers;
        List<DepartmentOrderView> orders;
        Map<String, String> names;
        List<MemberView> people;

        Parts(ReportDetail report) {
            this.report = report;
        }

        ReportSheet sheet(Choices choices, ReportSheet.Offers offers) {
            List<ReportSheet.Line> timeline = report.timeline().stream().map(e -> new ReportSheet.Line(e.at(),
                    names.getOrDefault(e.actor(), e.actor()), e.action(), e.note())).toList();
            return new ReportSheet(report, report.grid() == null ? null : names.get(report.grid()),
                    names.get(report.assignee()), followers, orders, timeline.stream().map(Parts::labelled).toList(),
                    timeline.stream().filter(l -> ESCALATIONS.contains(l.action())).map(Parts::labelled).toList(),
                    offers, people, choices.grids(), standard.categories(), choices.departments());
        }

        private static ReportSheet.Line labelled(ReportSheet.Line l) {
            return new ReportSheet.Line(l.at(), l.actor(), TimelineLabels.of(l.action()), l.note());
        }
    }

    private record Choices(SortedMap<String, String> grids, List<DepartmentView> departments) {
    }

    private Uni<Choices> choices(Caller caller) {
        Uni<SortedMap<String, String>> grids = caller.isAdmin() ? directory.names()
                : Uni.createFrom().item(new TreeMap<>());
        return grids.chain(g -> city.departments(0, Page.MAX_SIZE).map(d -> new Choices(g, d.items())));
    }

    /** The workers and the leader of the report's grid, who may get it. */
    private Uni<List<MemberView>> people(ReportDetail r) {
        if (r.grid() == null) {
            return Uni.createFrom().item(List.of());
        }
        return directory.membersOf(r.grid(), MemberRole.WORKER).chain(workers -> directory
                .membersOf(r.grid(), MemberRole.LEADER).map(leaders -> Stream.concat(workers.stream(),
                        leaders.stream()).toList()));
    }

    /** Names by code or openid: the grid's, and each person's on the timeline and the assignee's. */
    private Uni<Map<String, String>> names(ReportDetail r) {
        List<String> people = Stream.concat(Stream.of(r.assignee()), r.timeline().stream().map(TimelineEntry::actor))
                .filter(p -> p != null).distinct().toList();
        Map<String, String> names = new HashMap<>();
        Uni<Void> all = r.grid() == null ? Uni.createFrom().voidItem()
                : directory.gridName(r.grid()).invoke(n -> names.put(r.grid(), n)).replaceWithVoid();
        for (String person : people) {
            all = all.chain(() -> directory.memberName(person).invoke(n -> names.put(person, n)).replaceWithVoid());
        }
        return all.replaceWith(names);
    }

    /** What the lifecycle lets this caller do to the report in its state. */
    static ReportSheet.Offers offers(ReportDetail r, Caller caller) {
        ActorRole role = caller.isAdmin() ? ActorRole.STAFF : ActorRole.LEADER;
        ReportStatus s = r.status();
        return new ReportSheet.Offers(Lifecycle.permits(s, Action.DISPATCH, role),
                Lifecycle.permits(s, Action.REDISPATCH, role), Lifecycle.permits(s, Action.REASSIGN, role),
                Lifecycle.permits(s, Action.CANCEL, role), Lifecycle.permits(s, Action.RECLASSIFY, role), s.isOpen(),
                caller.isAdmin());
    }
}
