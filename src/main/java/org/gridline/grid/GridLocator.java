package org.gridline.grid;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Answers "which grid is this location in?" for a report sent with a map pin, so it can be dispatched to that grid's
 * workers. Immutable; rebuild it when outlines change.
 *
 * <p>Ties: a point on a boundary is inside (see {@link Polygon}), so a point on an edge shared by two grids — or inside
 * two grids whose outlines wrongly overlap — belongs to several; the grid with the smallest code (by
 * {@link String#compareTo}) wins, so the same pin always lands in the same grid.
 */
public final class GridLocator {
    private final List<GridArea> areas;
    private final BoundingBox[] searchBoxes;

    public GridLocator(List<GridArea> areas) {
        requireUniqueCodes(areas);
        this.areas = areas.stream().sorted(Comparator.comparing(GridArea::gridCode)).toList();
        this.searchBoxes = this.areas.stream()
                .map(a -> a.polygon().bbox().expandedBy(Polygon.EDGE_TOLERANCE_DEGREES))
                .toArray(BoundingBox[]::new);
    }

    /** The code of the grid containing the point, or empty when no grid does. */
    public Optional<String> locate(GeoPoint point) {
        for (int i = 0; i < searchBoxes.length; i++) {
            if (searchBoxes[i].contains(point) && areas.get(i).polygon().contains(point)) {
                return Optional.of(areas.get(i).gridCode());
            }
        }
        return Optional.empty();
    }

    private static void requireUniqueCodes(List<GridArea> areas) {
        Set<String> codes = new HashSet<>();
        for (GridArea area : areas) {
            if (!codes.add(area.gridCode())) {
                throw new IllegalArgumentException("grid " + area.gridCode() + " has two outlines");
            }
        }
    }
}
