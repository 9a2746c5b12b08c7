package org.gridline.grid;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outline of a grid, as drawn by the street office: one simple ring of WGS-84 vertices. A report's location is
 * assigned to the grid whose outline contains it, so the outline is validated once here (closed, at least three
 * distinct vertices, no self-intersection, non-zero area) instead of producing surprising answers later.
 *
 * <p>Points on an edge or a vertex (within {@link #EDGE_TOLERANCE_DEGREES}, about 0.1 mm) count as inside. Two grids
 * that share an edge therefore both contain a point on it; {@link GridLocator} breaks that tie.
 */
public final class Polygon {
    /** How far from an edge a point may be and still be "on" it: absorbs rounding, not drawing errors. */
    public static final double EDGE_TOLERANCE_DEGREES = 1e-9;

    private final List<GeoPoint> vertices;
    private final BoundingBox bbox;
    private final BoundingBox searchBox;

    private Polygon(List<GeoPoint> vertices) {
        this.vertices = vertices;
        this.bbox = BoundingBox.around(vertices);
        this.searchBox = bbox.expandedBy(EDGE_TOLERANCE_DEGREES);
    }

    /**
     * A polygon from a closed ring, as in GeoJSON: the last point repeats the first.
     *
     * @throws IllegalArgumentException saying which rule the ring breaks
     */
    public static Polygon of(List<GeoPoint> ring) {
        Objects.requireNonNull(ring, "ring");
        if (ring.size() < 4) {
            throw new IllegalArgumentException("a ring needs 3 distinct vertices plus the closing one, got "
                    + ring.size() + " points");
        }
        if (!ring.get(0).equals(ring.get(ring.size() - 1))) {
            throw new IllegalArgumentException("ring is not closed: the last point must repeat the first");
        }
        List<GeoPoint> vertices = List.copyOf(ring.subList(0, ring.size() - 1));
        requireDistinct(vertices);
        RingValidation.requireSimple(vertices);
        return new Polygon(vertices);
    }

    /** The vertices without the closing repeat. */
    public List<GeoPoint> vertices() {
        return vertices;
    }

    public BoundingBox bbox() {
        return bbox;
    }

    /** Whether the point is inside or on the boundary. Ray casting; correct for concave outlines. */
    public boolean contains(GeoPoint p) {
        if (!searchBox.contains(p)) {
            return false;
        }
        boolean inside = false;
        for (int i = 0, j = vertices.size() - 1; i < vertices.size(); j = i++) {
            GeoPoint a = vertices.get(i);
            GeoPoint b = vertices.get(j);
            if (Segments.onSegment(a, b, p, EDGE_TOLERANCE_DEGREES)) {
                return true;
            }
            if ((a.lat() > p.lat()) != (b.lat() > p.lat())
                    && p.lng() < a.lng() + (p.lat() - a.lat()) * (b.lng() - a.lng()) / (b.lat() - a.lat())) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** Approximate area on an equirectangular projection at the mean latitude; for sanity checks only. */
    public double areaSquareMeters() {
        double metersPerDegree = Math.toRadians(GeoPoint.EARTH_RADIUS_METERS);
        double lngScale = Math.cos(Math.toRadians((bbox.minLat() + bbox.maxLat()) / 2));
        return RingValidation.planarArea(vertices) * metersPerDegree * metersPerDegree * lngScale;
    }

    private static void requireDistinct(List<GeoPoint> vertices) {
        Map<GeoPoint, Integer> seen = new HashMap<>();
        for (int i = 0; i < vertices.size(); i++) {
            Integer earlier = seen.putIfAbsent(vertices.get(i), i);
            if (earlier != null) {
                throw new IllegalArgumentException("vertex " + i + " repeats vertex " + earlier);
            }
        }
    }
}
