package org.gridline.grid;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.gridline.auth.GridCodes;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What other features ask the city model: which grid is this place in, who works in a grid, which grids and roles a
 * person has, who a department is. Locations are answered from a {@link CityMap} held in memory, rebuilt whole from the
 * database after a grid or building changes (and every {@code gridline.grid.directory-refresh}, for other instances'
 * changes); people and departments are read from the database each time.
 */
@ApplicationScoped
public class GridDirectory implements GridCodes {
    private final AtomicLong generation = new AtomicLong();
    private final GridConfig config;
    private volatile CityMap map;

    public GridDirectory(GridConfig config) {
        this.config = config;
    }

    /** The grid whose outline contains the point; empty when none does. */
    public Uni<Optional<Located>> locate(GeoPoint point) {
        return cityMap().map(m -> m.locate(point));
    }

    /** The grid of the building (or estate) an address names; empty when the registry knows neither. */
    public Uni<Optional<Located>> locateAddress(String address) {
        return cityMap().map(m -> m.locate(address));
    }

    /** Members of a grid with a role (all roles when {@code role} is null), phones whole: for internal use. */
    @WithSession
    public Uni<List<MemberView>> membersOf(String gridCode, MemberRole role) {
        Uni<List<GridMember>> found = role == null
                ? GridMember.list("gridCode = ?1 order by role, openid", gridCode)
                : GridMember.list("gridCode = ?1 and role = ?2 order by openid", gridCode, role);
        return found.map(ms -> ms.stream().map(MemberView::internal).toList());
    }

    /** Every role the person holds, in any grid. */
    @WithSession
    public Uni<List<GridRole>> rolesOf(String openid) {
        return GridMember.<GridMember>list("openid = ?1 order by gridCode", openid)
                .map(ms -> ms.stream().map(m -> new GridRole(m.gridCode, m.role)).toList());
    }

    @WithSession
    public Uni<Optional<DepartmentView>> department(String code) {
        return Department.<Department>findById(code).map(d -> Optional.ofNullable(d).map(DepartmentView::of));
    }

    @Override
    @WithSession
    public Uni<Boolean> exists(String gridCode) {
        return Grid.count("code", gridCode).map(n -> n > 0);
    }

    /** Every grid's name by its code, in code order (read from the database, not the cached map). */
    @WithSession
    public Uni<SortedMap<String, String>> names() {
        return Panache.getSession().chain(s -> s.createSelectionQuery("select g.code, g.name from Grid g",
                Object[].class).getResultList()).map(rows -> {
                    SortedMap<String, String> names = new TreeMap<>();
                    rows.forEach(r -> names.put((String) r[0], (String) r[1]));
                    return names;
                });
    }

    /** Forget the map; the next lookup rebuilds it. Call after a change to grids or buildings has committed. */
    public void invalidate() {
        generation.incrementAndGet();
        map = null;
    }

    void scheduleRefresh(@Observes StartupEvent start, Scheduler scheduler) {
        String every = config.directoryRefresh().toMillis() + "ms";
        scheduler.newJob("grid-directory-refresh").setInterval(every).setDelayed(every)
                .setTask(execution -> invalidate()).schedule();
    }

    private Uni<CityMap> cityMap() {
        CityMap current = map;
        return current != null ? Uni.createFrom().item(current) : rebuild();
    }

    @WithSession
    Uni<CityMap> rebuild() {
        long startedAt = generation.get();
        return Grid.<Grid>listAll().chain(grids -> Building.<Building>listAll().map(buildings -> build(grids, buildings)))
                .invoke(built -> {
                    // A change committed while we were reading: keep answering from this map, but don't keep it.
                    if (generation.get() == startedAt) {
                        map = built;
                    }
                });
    }

    private static CityMap build(List<Grid> grids, List<Building> buildings) {
        List<CityMap.GridEntry> entries = grids.stream().map(g -> new CityMap.GridEntry(g.code, g.name,
                g.communityCode, Boundaries.polygon(JsonColumns.ring(g.boundary)))).toList();
        List<AddressMatcher.Building> registry = buildings.stream().map(b -> new AddressMatcher.Building(
                b.gridCode, b.name, JsonColumns.list(b.aliases))).toList();
        Log.debugf("Grid map rebuilt: %d grids, %d buildings", entries.size(), registry.size());
        return new CityMap(entries, registry);
    }
}
