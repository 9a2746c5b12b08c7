package org.gridline.grid;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.auth.Caller;
import org.gridline.grid.CityRequests.NewBuilding;
import org.gridline.grid.CityRequests.NewGrid;
import org.gridline.grid.CityViews.BuildingView;
import org.gridline.grid.CityViews.GridView;
import org.gridline.platform.Page;
import org.gridline.platform.error.Constraints;
import org.gridline.platform.error.DomainException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Grids with their outlines and buildings. A grid and its buildings are written in one transaction, or not at all. */
@ApplicationScoped
public class GridService {
    private final GridDirectory directory;

    public GridService(GridDirectory directory) {
        this.directory = directory;
    }

    /** Creates the grid; the location lookup is refreshed once the transaction has committed. */
    public Uni<GridView> create(NewGrid request, Caller caller) {
        requireValidOutline(request);
        List<Building> buildings = request.buildingsOrEmpty().stream().map(b -> building(request.code(), b)).toList();
        return Panache.withTransaction(() -> requireCommunity(request.communityCode())
                        .chain(() -> Grid.findById(request.code()))
                        .invoke(existing -> CityService.requireAbsent(existing, "grid", request.code()))
                        .chain(() -> requireRegistryAccepts(buildings))
                        .chain(() -> persist(request, buildings)))
                .onFailure().transform(Constraints.translate(Map.of(
                        "grid_pkey",
                                DomainException.badRequest("duplicate-code", "A grid with the code " + request.code()
                                        + " exists already"),
                        "building_name_unique",
                                DomainException.badRequest("duplicate-building",
                                        "A building of this grid is registered already"))))
                .invoke(directory::invalidate)
                .chain(() -> get(request.code(), caller));
    }

    @WithSession
    public Uni<GridView> get(String code, Caller caller) {
        return Grid.<Grid>findById(code).onItem().ifNull().failWith(() -> notFound(code))
                .chain(grid -> leaders(List.of(code)).chain(leaders -> Building
                        .<Building>list("gridCode", Sort.by("name"), code)
                        .map(bs -> GridView.of(grid, view(leaders.get(code), caller),
                                bs.stream().map(BuildingView::of).toList()))));
    }

    @WithSession
    public Uni<Page<GridView>> list(String communityCode, int page, int size, Caller caller) {
        var query = communityCode == null ? Grid.<Grid>findAll(Sort.by("code"))
                : Grid.<Grid>find("communityCode", Sort.by("code"), communityCode);
        return CityService.page(query, page, size).chain(p -> leaders(p.items().stream().map(g -> g.code).toList())
                .map(leaders -> p.map(g -> GridView.of(g, view(leaders.get(g.code), caller), null))));
    }

    static DomainException notFound(String code) {
        return DomainException.notFound("unknown-grid", "No grid has the code " + code);
    }

    private static void requireValidOutline(NewGrid request) {
        try {
            Boundaries.polygon(request.boundary());
        } catch (IllegalArgumentException e) {
            throw DomainException.badRequest("invalid-boundary", e.getMessage());
        }
    }

    private static Building building(String gridCode, NewBuilding request) {
        BuildingName name;
        try {
            name = BuildingName.parse(request.name());
        } catch (IllegalArgumentException e) {
            throw DomainException.badRequest("invalid-building", e.getMessage());
        }
        Building building = new Building();
        building.gridCode = gridCode;
        building.name = name.canonical();
        building.estate = name.estate();
        building.aliases = JsonColumns.array(request.aliases());
        building.units = request.units();
        building.dwellings = JsonColumns.array(request.dwellings());
        return building;
    }

    private static Uni<Void> requireCommunity(String code) {
        return Community.findById(code).invoke(community -> {
            if (community == null) {
                throw DomainException.badRequest("unknown-community", "No community has the code " + code);
            }
        }).replaceWithVoid();
    }

    /** The whole registry with the new buildings must still be unambiguous: no name twice, no alias for two estates. */
    private static Uni<Void> requireRegistryAccepts(List<Building> added) {
        return Building.<Building>listAll().invoke(existing -> {
            List<AddressMatcher.Building> registry = new ArrayList<>();
            existing.forEach(b ->
                    registry.add(new AddressMatcher.Building(b.gridCode, b.name, JsonColumns.list(b.aliases))));
            added.forEach(b ->
                    registry.add(new AddressMatcher.Building(b.gridCode, b.name, JsonColumns.list(b.aliases))));
            try {
                new AddressMatcher(registry);
            } catch (IllegalArgumentException e) {
                throw DomainException.badRequest("invalid-buildings", e.getMessage());
            }
        }).replaceWithVoid();
    }

    private static Uni<Void> persist(NewGrid request, List<Building> buildings) {
        Grid grid = new Grid();
        grid.code = request.code();
        grid.name = request.name().strip();
        grid.communityCode = request.communityCode();
        grid.boundary = JsonColumns.geometry(request.boundary());
        return grid.persist().chain(() -> Panache.getSession())
                .chain(session -> session.flush().chain(() -> session.persistAll(buildings.toArray())))
                .chain(() -> Panache.flush());
    }

    private static Uni<Map<String, GridMember>> leaders(List<String> gridCodes) {
        if (gridCodes.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return GridMember.<GridMember>list("role = ?1 and gridCode in ?2", MemberRole.LEADER, gridCodes)
                .map(ls -> ls.stream().collect(Collectors.toMap(m -> m.gridCode, Function.identity())));
    }

    private static MemberView view(GridMember leader, Caller caller) {
        return leader == null ? null : MemberView.of(leader, caller);
    }
}
