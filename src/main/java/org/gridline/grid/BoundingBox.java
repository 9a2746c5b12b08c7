package org.gridline.grid;

import java.util.Collection;

/** The smallest lat/lng rectangle around a shape: a cheap test that rejects most grids before the exact one. */
public record BoundingBox(double minLat, double minLng, double maxLat, double maxLng) {

    static BoundingBox around(Collection<GeoPoint> points) {
        double minLat = Double.MAX_VALUE;
        double minLng = Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        double maxLng = -Double.MAX_VALUE;
        for (GeoPoint p : points) {
            minLat = Math.min(minLat, p.lat());
            minLng = Math.min(minLng, p.lng());
            maxLat = Math.max(maxLat, p.lat());
            maxLng = Math.max(maxLng, p.lng());
        }
        return new BoundingBox(minLat, minLng, maxLat, maxLng);
    }

    /** Whether the point lies inside or on the rectangle. */
    public boolean contains(GeoPoint p) {
        return p.lat() >= minLat && p.lat() <= maxLat && p.lng() >= minLng && p.lng() <= maxLng;
    }

    /** This rectangle grown by {@code margin} degrees on every side. */
    public BoundingBox expandedBy(double margin) {
        return new BoundingBox(minLat - margin, minLng - margin, maxLat + margin, maxLng + margin);
    }
}
