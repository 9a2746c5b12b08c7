package org.gridline.grid;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.gridline.auth.GridCodes;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
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
    private final CityRepository city;
    private volatile CityMap map;

    public GridDirectory(GridConfig config, CityRepository city) {
        this.config = config;
        this.city = city;
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

    /** Members of a grid with the role, the longest-standing first (the dispatch rule's last tie-break). */
    @WithSession
    public Uni<List<MemberView>> membersBySeniority(String gridCode, MemberRole role) {
        return GridMember.<GridMember>list("gridCode = ?1 and role = ?2 order by id", gridCode, role)
                .map(ms -> ms.stream().map(MemberView::internal).toList());
    }

    /** The person's role in the grid; empty when they are not its member. */
    @WithSession
    public Uni<Optional<MemberRole>> roleIn(String openid, String gridCode) {
        return GridMember.<GridMember>find("openid = ?1 and gridCode = ?2", openid, gridCode).firstResult()
                .map(m -> Optional.ofNullable(m).map(found -> found.role));
    }

    /** The openid of the grid's leader (网格长), if it has one. */
    public Uni<Optional<String>> leaderOf(String gridCode) {
        return membersBySeniority(gridCode, MemberRole.LEADER).map(l -> l.stream().map(MemberView::openid).findFirst());
    }

    /** A member's name as the grid knows it (their first membership); the openid when they are nobody's member. */
    @WithSession
    public Uni<String> memberName(String openid) {
        return openid == null ? Uni.createFrom().nullItem()
                : GridMember.<GridMember>find("openid = ?1 order by id", openid).firstResult()
                .map(m -> m == null ? openid : m.name);
    }

    /** {@link #memberName} of each openid, in one query (the console's lists). */
    @WithSession
    public Uni<Map<String, String>> memberNames(Collection<String> openids) {
        if (openids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return GridMember.<GridMember>list("openid in ?1 order by id", Set.copyOf(openids)).map(members -> {
            Map<String, String> names = new HashMap<>();
            members.forEach(m -> names.putIfAbsent(m.openid, m.name));
            openids.forEach(openid -> names.putIfAbsent(openid, openid));
            return names;
        });
    }

    /** The grid's name; its code when there is no such grid, null for no grid. */
    @WithSession
    public Uni<String> gridName(String gridCode) {
        return gridCode == null ? Uni.createFrom().nullItem()
                : Grid.<Grid>findById(gridCode).map(g -> g == null ? gridCode : g.name);
    }

    /** The duty contacts (街道值班) of the street the grid lies in; none for no grid. */
    @WithSession
    public Uni<List<String>> streetDutyOf(String gridCode) {
        return gridCode == null ? Uni.createFrom().item(List.of()) : city.streetDutyOf(gridCode);
    }

    /** The codes of the departments the person is a contact of, in code order. */
    @WithSession
    public Uni<List<String>> departmentsOf(String openid) {
        return city.departmentsOf(openid);
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
        return city.gridNames();
    }

    /** Every grid with its community's and street's names, by grid code (the console's export). */
    @WithSession
    public Uni<Map<String, GridPlace>> places() {
        return city.gridPlaces();
    }

    /** Every grid member's name by openid (their first membership's), for lists of many reports. */
    @WithSession
    public Uni<Map<String, String>> allMemberNames() {
        return GridMember.<GridMember>listAll(Sort.by("id")).map(members -> {
            Map<String, String> names = new HashMap<>();
            members.forEach(m -> names.putIfAbsent(m.openid, m.name));
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
        return Grid.<Grid>listAll()
                .chain(grids -> Building.<Building>listAll().map(buildings -> build(grids, buildings)))
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
