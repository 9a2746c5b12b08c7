package org.gridline.report;

import org.gridline.grid.GeoPoint;

import java.time.OffsetDateTime;

/**
 * When a new report is probably one already filed: an open report of the same category, filed within the window,
 * either within the radius of the new pin or in the same registered building.
 */
public final class DuplicateRule {
    private final double radiusMeters;

    public DuplicateRule(double radiusMeters) {
        this.radiusMeters = radiusMeters;
    }

    /** A filed report as the rule sees it. */
    public record Filed(String categoryCode, boolean open, OffsetDateTime createdAt, GeoPoint point, String building) {
    }

    public boolean isDuplicate(Filed filed, String categoryCode, GeoPoint point, String building,
            OffsetDateTime since) {
        if (!filed.open() || !filed.categoryCode().equals(categoryCode) || filed.createdAt().isBefore(since)) {
            return false;
        }
        boolean near = point != null && filed.point() != null && filed.point().distanceMeters(point) <= radiusMeters;
        boolean sameBuilding = building != null && building.equals(filed.building());
        return near || sameBuilding;
    }
}
