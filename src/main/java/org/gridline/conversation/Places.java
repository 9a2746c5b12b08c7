package org.gridline.conversation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.grid.GeoPoint;
import org.gridline.grid.GridDirectory;
import org.gridline.grid.Located;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place for a form: a pin or an address, with the grid (and registered building) the city model finds for it. A
 * place outside every grid is still kept: the grid is then unknown.
 */
@ApplicationScoped
public class Places {
    private static final Pattern BUILDING_WORD = Pattern.compile("^.*?[0-9a-zA-Z](?:号楼|栋|幢|座)");

    /** A place as the form keeps it: the words read back, and what the city model found for them. */
    record Place(String shown, Optional<Located> located) {
    }

    /** How a pin without a label reads back. */
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sentPin();
    }

    private final GridDirectory directory;

    public Places(GridDirectory directory) {
        this.directory = directory;
    }

    /** A pin; its label also names the building when the label is a registered building of the pin's grid. */
    public Uni<PlaceSlot> pin(GeoPoint point, String label) {
        boolean labelled = label != null && !label.isBlank();
        Uni<Optional<Located>> byLabel = labelled ? directory.locateAddress(label)
                : Uni.createFrom().item(Optional.empty());
        return directory.locate(point).chain(found -> byLabel.map(named -> {
            Optional<Located> located = found.isPresent() ? found : named;
            String building = named.filter(n -> n.buildingName() != null)
                    .filter(n -> found.isEmpty() || found.get().gridCode().equals(n.gridCode()))
                    .map(Located::buildingName).orElse(located.map(Located::buildingName).orElse(null));
            String shown = labelled ? label : Templates.sentPin().render().strip();
            return new PlaceSlot(shown, point.lat(), point.lng(), labelled ? label : null,
                    located.map(Located::gridCode).orElse(null), located.map(Located::gridName).orElse(null), building);
        }));
    }

    /** Looks the address up; with {@code keepUnknown} an address of no grid is kept anyway (grid unknown). */
    public Uni<Optional<PlaceSlot>> address(String address, boolean keepUnknown) {
        return address(address, address, keepUnknown);
    }

    /**
     * Looks the address found in {@code message} up, and the whole message when the address alone names no building
     * (an estate spelled in a way the extractor cannot delimit, or by an alias); see {@link #choose}. Empty when the
     * place has no grid and is not to be kept.
     */
    public Uni<Optional<PlaceSlot>> address(String address, String message, boolean keepUnknown) {
        return directory.locateAddress(address).chain(bySpan -> isBuilding(bySpan) || message.equals(address)
                ? Uni.createFrom().item(choose(address, bySpan, Optional.empty()))
                : directory.locateAddress(message).map(byMessage -> choose(address, bySpan, byMessage)))
                .map(place -> place.located().isEmpty() && !keepUnknown ? Optional.empty() : Optional.of(slot(place)));
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

    private static PlaceSlot slot(Place place) {
        Optional<Located> l = place.located();
        return new PlaceSlot(place.shown(), null, null, place.shown(), l.map(Located::gridCode).orElse(null),
                l.map(Located::gridName).orElse(null), l.map(Located::buildingName).orElse(null));
    }
}
