package org.gridline.grid;

import java.util.Objects;

/** One grid's outline, as the locator needs it: the grid's code and its polygon. */
public record GridArea(String gridCode, Polygon polygon) {
    public GridArea {
        Objects.requireNonNull(gridCode, "gridCode");
        Objects.requireNonNull(polygon, "polygon");
    }
}
