package org.gridline.conversation;

import org.gridline.grid.GeoPoint;

/**
 * A place as a form keeps it: the words the resident reads back, the pin (both coordinates or neither), the address,
 * and what the city model found for it (grid and building; null when no grid has the place).
 */
public record PlaceSlot(String shown, Double lat, Double lng, String address, String grid, String gridName,
                        String building) {
    /** The pin, when the place came with one. */
    public GeoPoint point() {
        return lat == null ? null : new GeoPoint(lat, lng);
    }

    public boolean hasGrid() {
        return grid != null;
    }
}
