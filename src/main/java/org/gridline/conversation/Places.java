package org.gridline.conversation;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.grid.GeoPoint;
import org.gridline.grid.GridDirectory;
import org.gridline.grid.Located;

import java.util.Optional;

/**
 * Puts a place into a form: a pin or an address, with the grid (and registered building) the city model finds for
 * it. Keys: {@code <slot>} (what the resident reads back), {@code lat}/{@code lng}, {@code address}, {@code grid},
 * {@code gridName}, {@code building}. A place outside every grid is still kept: the grid is then unknown.
 */
@ApplicationScoped
public class Places {
    public static final String LAT = "lat";
    public static final String LNG = "lng";
    public static final String ADDRESS = "address";
    public static final String GRID = "grid";
    public static final String GRID_NAME = "gridName";
    public static final String BUILDING = "building";

    private final GridDirectory directory;

    public Places(GridDirectory directory) {
        this.directory = directory;
    }

    public Uni<Void> pin(FormState form, String slot, GeoPoint point, String label) {
        return directory.locate(point).invoke(found -> {
            form.put(LAT, Double.toString(point.lat()));
            form.put(LNG, Double.toString(point.lng()));
            form.put(ADDRESS, label == null || label.isBlank() ? null : label);
            form.put(slot, label == null || label.isBlank() ? "已发送的位置" : label);
            put(form, found);
        }).replaceWithVoid();
    }

    /** Looks the address up; with {@code keepUnknown} an address of no grid is kept anyway (grid unknown). */
    public Uni<Boolean> address(FormState form, String slot, String address, boolean keepUnknown) {
        return directory.locateAddress(address).map(found -> {
            if (found.isEmpty() && !keepUnknown) {
                return false;
            }
            form.put(ADDRESS, address);
            form.put(slot, address);
            put(form, found);
            return true;
        });
    }

    private static void put(FormState form, Optional<Located> found) {
        found.ifPresent(l -> {
            form.put(GRID, l.gridCode());
            form.put(GRID_NAME, l.gridName());
            form.put(BUILDING, l.buildingName());
        });
    }
}
