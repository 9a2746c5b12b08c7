package org.gridline.grid;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An immutable picture of where the grids are: outlines for map pins, the building registry for address text. Built
 * whole from the database by {@link GridDirectory} and replaced whole when grids or buildings change.
 */
public final class CityMap {
    /** One grid as the map needs it. */
    public record GridEntry(String code, String name, String communityCode, Polygon outline) {
    }

    private final Map<String, GridEntry> grids;
    private final GridLocator locator;
    private final AddressMatcher addresses;

    public CityMap(List<GridEntry> grids, List<AddressMatcher.Building> buildings) {
        this.grids = grids.stream().collect(Collectors.toUnmodifiableMap(GridEntry::code, Function.identity()));
        this.locator = new GridLocator(grids.stream().map(g -> new GridArea(g.code(), g.outline())).toList());
        this.addresses = new AddressMatcher(buildings);
    }

    /** The grid whose outline contains the point (a point on a shared edge: the smallest code). */
    public Optional<Located> locate(GeoPoint point) {
        return locator.locate(point).map(code -> located(code, null, Located.MatchedBy.POINT));
    }

    /** The grid of the building the text names, else of the estate it names when that estate lies in one grid. */
    public Optional<Located> locate(String address) {
        Optional<Located> building = addresses.match(address)
                .map(m -> located(m.gridCode(), m.buildingName(), Located.MatchedBy.BUILDING));
        return building.or(() -> addresses.matchEstate(address)
                .map(m -> located(m.gridCode(), null, Located.MatchedBy.ESTATE)));
    }

    private Located located(String code, String buildingName, Located.MatchedBy by) {
        GridEntry grid = grids.get(code);
        return new Located(code, grid == null ? null : grid.name(), grid == null ? null : grid.communityCode(),
                buildingName, by);
    }
}
