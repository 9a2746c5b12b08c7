package org.gridline.report;

import java.util.List;

/**
 * What the conversation files: everything a resident told us about one problem.
 *
 * @param latitude  with {@code longitude}, the pin the resident sent (both null without one)
 * @param address   the address as the resident wrote it (or the pin's label)
 * @param building  the registered building the address named, if any (for the same-building duplicate check)
 * @param gridCode  the grid of the location; null when none contains it
 */
public record NewReport(String reporter, String categoryCode, int level, String description, List<String> photos,
                        Double latitude, Double longitude, String address, String building, String gridCode,
                        String contactPhone, boolean emergency) {
    public NewReport {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }
}
