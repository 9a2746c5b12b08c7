package org.gridline.report;

import org.gridline.platform.text.PlainTemplates;

/**
 * Where a report is, as people read it: the address, the building, or the pin. A fragment of several texts (and of
 * the timeline note that {@link Supplement} writes in plain rule code); its words are templates under
 * {@code templates/PlaceText/}.
 */
public final class PlaceText {
    private static final PlainTemplates TEXTS = PlainTemplates.of(PlaceText.class);

    private PlaceText() {
    }

    public static String of(Report r) {
        return of(r.address, r.building, r.latitude, r.longitude);
    }

    /** The address or the building, or that the pin shows it: the short form of a list line. */
    public static String shortOf(Report r) {
        return r.address != null ? r.address : r.building != null ? r.building : TEXTS.render("seePin");
    }

    public static String of(String address, String building, Double latitude, Double longitude) {
        return address != null ? address : building != null ? building
                : latitude != null ? TEXTS.render("pin", "latitude", latitude, "longitude", longitude)
                : TEXTS.render("none");
    }
}
