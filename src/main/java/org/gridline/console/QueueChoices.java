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
import org.gridline.report.Category;
import org.gridline.report.CategoryStandard;
import org.gridline.report.ReportSearch;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the queue's filters and bulk form choose from: the grids the caller may see (a leader's own), the categories,
 * the departments, and the people of the one grid the view shows (bulk "assign to" needs one grid).
 */
@ApplicationScoped
class QueueChoices {
    private final GridDirectory directory;
    private final CityService city;
    private final CategoryStandard standard;

    QueueChoices(GridDirectory directory, CityService city, CategoryStandard standard) {
        this.directory = directory;
        this.city = city;
        this.standard = standard;
    }

    record Choices(SortedMap<String, String> grids, List<Category> categories, List<DepartmentView> departments,
                   String oneGrid, List<MemberView> people) {
    }

    Uni<Choices> of(ReportSearch search, Caller caller) {
        String oneGrid = caller.isAdmin() ? (search.grids().size() == 1 ? search.grids().iterator().next() : null)
                : caller.gridCode();
        return directory.names().map(all -> visible(all, caller))
                .chain(grids -> city.departments(0, Page.MAX_SIZE).chain(departments -> people(oneGrid)
                        .map(people -> new Choices(grids, standard.categories(), departments.items(), oneGrid,
                                people))));
    }

    private static SortedMap<String, String> visible(SortedMap<String, String> all, Caller caller) {
        if (caller.isAdmin()) {
            return all;
        }
        SortedMap<String, String> own = new TreeMap<>();
        if (all.containsKey(caller.gridCode())) {
            own.put(caller.gridCode(), all.get(caller.gridCode()));
        }
        return own;
    }

    private Uni<List<MemberView>> people(String grid) {
        if (grid == null) {
            return Uni.createFrom().item(List.of());
        }
        return directory.membersOf(grid, MemberRole.WORKER).chain(workers -> directory.membersOf(grid,
                MemberRole.LEADER).map(leaders -> Stream.concat(workers.stream(), leaders.stream()).toList()));
    }
}
