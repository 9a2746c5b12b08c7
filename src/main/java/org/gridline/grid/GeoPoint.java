package org.gridline.grid;

/**
 * A WGS-84 position as the mini-program's location picker reports it. Latitude comes first, as in the platform's
 * location message; GeoJSON lists longitude first, so read GeoJSON through {@link #ofLngLat}. Equality is exact, which
 * is what closing a polygon ring needs.
 */
public record GeoPoint(double lat, double lng) {
    /** The mean Earth radius; distances are for the 100 m duplicate-report radius, not for surveying. */
    static final double EARTH_RADIUS_METERS = 6_371_008.8;

    public GeoPoint {
        if (!(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("latitude must be within [-90, 90], got " + lat);
        }
        if (!(lng >= -180 && lng <= 180)) {
            throw new IllegalArgumentException("longitude must be within [-180, 180], got " + lng);
        }
    }

    /** A point from GeoJSON order (longitude, latitude). */
    public static GeoPoint ofLngLat(double lng, double lat) {
        return new GeoPoint(lat, lng);
    }

    /** Great-circle distance by the haversine formula. */
    public double distanceMeters(GeoPoint other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLng = Math.toRadians(other.lng - lng);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.pow(Math.sin(dLng / 2), 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
