package org.gridline.grid;

/**
 * Plane geometry on (lng, lat) treated as (x, y). Grids are a few hundred metres wide, so the plane is exact enough for
 * "which side of this edge", and no grid crosses the antimeridian.
 */
final class Segments {
    private Segments() {
    }

    /** Twice the signed area of triangle (o, a, b): positive when o → a → b turns left. */
    static double cross(GeoPoint o, GeoPoint a, GeoPoint b) {
        return (a.lng() - o.lng()) * (b.lat() - o.lat()) - (a.lat() - o.lat()) * (b.lng() - o.lng());
    }

    /** Whether p lies on segment ab, within {@code tolerance} degrees. */
    static boolean onSegment(GeoPoint a, GeoPoint b, GeoPoint p, double tolerance) {
        double length = Math.hypot(b.lng() - a.lng(), b.lat() - a.lat());
        return Math.abs(cross(a, b, p)) <= tolerance * length && within(a, b, p, tolerance);
    }

    /** Whether segments ab and cd share at least one point (crossing, touching or overlapping). */
    static boolean intersect(GeoPoint a, GeoPoint b, GeoPoint c, GeoPoint d) {
        double d1 = cross(c, d, a);
        double d2 = cross(c, d, b);
        double d3 = cross(a, b, c);
        double d4 = cross(a, b, d);
        if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
            return true;
        }
        return (d1 == 0 && within(c, d, a, 0)) || (d2 == 0 && within(c, d, b, 0))
                || (d3 == 0 && within(a, b, c, 0)) || (d4 == 0 && within(a, b, d, 0));
    }

    private static boolean within(GeoPoint a, GeoPoint b, GeoPoint p, double margin) {
        return p.lng() >= Math.min(a.lng(), b.lng()) - margin && p.lng() <= Math.max(a.lng(), b.lng()) + margin
                && p.lat() >= Math.min(a.lat(), b.lat()) - margin && p.lat() <= Math.max(a.lat(), b.lat()) + margin;
    }
}
