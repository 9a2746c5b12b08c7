package org.gridline.conversation;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.grid.GeoPoint;
import org.gridline.grid.GridDirectory;
import org.gridline.grid.Located;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern BUILDING_WORD = Pattern.compile("^.*?[0-9a-zA-Z](?:号楼|栋|幢|座)");

    /** A place as the form keeps it: the words read back, and what the city model found for them. */
    record Place(String shown, Optional<Located> located) {
    }

    private final GridDirectory directory;

    public Places(GridDirectory directory) {
        this.directory = directory;
    }

    /** A pin; its label also names the building when the label is a registered building of the pin's grid. */
    public Uni<Void> pin(FormState form, String slot, GeoPoint point, String label) {
        boolean labelled = label != null && !label.isBlank();
        Uni<Optional<Located>> byLabel = labelled ? directory.locateAddress(label) : Uni.createFrom().item(Optional.empty());
        return directory.locate(point).chain(found -> byLabel.invoke(named -> {
            form.put(LAT, Double.toString(point.lat()));
            form.put(LNG, Double.toString(point.lng()));
            form.put(ADDRESS, labelled ? label : null);
            form.put(slot, labelled ? label : "已发送的位置");
            put(form, found.isPresent() ? found : named);
            named.filter(n -> n.buildingName() != null)
                    .filter(n -> found.isEmpty() || found.get().gridCode().equals(n.gridCode()))
                    .ifPresent(n -> form.put(BUILDING, n.buildingName()));
        })).replaceWithVoid();
    }

    /** Looks the address up; with {@code keepUnknown} an address of no grid is kept anyway (grid unknown). */
    public Uni<Boolean> address(FormState form, String slot, String address, boolean keepUnknown) {
        return address(form, slot, address, address, keepUnknown);
    }

    /**
     * Looks the address found in {@code message} up, and the whole message when the address alone names no building
     * (an estate spelled in a way the extractor cannot delimit, or by an alias); see {@link #choose}.
     */
    public Uni<Boolean> address(FormState form, String slot, String address, String message, boolean keepUnknown) {
        return directory.locateAddress(address).chain(bySpan -> isBuilding(bySpan) || message.equals(address)
                ? Uni.createFrom().item(choose(address, bySpan, Optional.empty()))
                : directory.locateAddress(message).map(byMessage -> choose(address, bySpan, byMessage)))
                .map(place -> {
                    if (place.located().isEmpty() && !keepUnknown) {
                        return false;
                    }
                    form.put(ADDRESS, place.shown());
                    form.put(slot, place.shown());
                    put(form, place.located());
                    return true;
                });
    }

    /**
     * Which finding counts: the building the address names; else a building the whole message names, read back as
     * that building with the unit and room the address added ("3栋2单元" in "幸福里3栋2单元…" → 幸福小区3栋2单元); else the
     * estate the address names; else nothing, and the address is kept as typed.
     */
    static Place choose(String address, Optional<Located> byAddress, Optional<Located> byMessage) {
        if (isBuilding(byAddress) || !isBuilding(byMessage)) {
            return new Place(address, byAddress);
        }
        Matcher building = BUILDING_WORD.matcher(address);
        String rest = building.find() ? address.substring(building.end()) : "";
        return new Place(byMessage.get().buildingName() + rest, byMessage);
    }

    private static boolean isBuilding(Optional<Located> found) {
        return found.filter(l -> l.buildingName() != null).isPresent();
    }

    private static void put(FormState form, Optional<Located> found) {
        found.ifPresent(l -> {
            form.put(GRID, l.gridCode());
            form.put(GRID_NAME, l.gridName());
            form.put(BUILDING, l.buildingName());
        });
    }
}
