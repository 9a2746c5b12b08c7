package org.gridline.report;

/**
 * Where a report is, as people read it: the address, the building, or the pin. A fragment of several texts (and of
 * the timeline note that {@link Supplement} writes in plain rule code), so it is kept beside them here.
 */
public final class PlaceText {
    private static final String PIN = "见定位（%s, %s）";
    private static final String NONE = "未提供";
    private static final String SEE_PIN = "见定位";

    private PlaceText() {
    }

    public static String of(Report r) {
        return of(r.address, r.building, r.latitude, r.longitude);
    }

    /** The address or the building, or that the pin shows it: the short form of a list line. */
    public static String shortOf(Report r) {
        return r.address != null ? r.address : r.building != null ? r.building : SEE_PIN;
    }

    public static String of(String address, String building, Double latitude, Double longitude) {
        return address != null ? address : building != null ? building
                : latitude != null ? PIN.formatted(latitude, longitude) : NONE;
    }
}
