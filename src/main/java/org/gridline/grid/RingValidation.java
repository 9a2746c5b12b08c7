package org.gridline.grid;

import java.util.List;

/**
 * The checks that make a ring a usable grid outline: no two edges cross or touch except neighbours at their shared
 * vertex, and the enclosed area is not zero. O(n²) over the edges, which is fine for outlines of a few hundred
 * vertices.
 */
final class RingValidation {
    private RingValidation() {
    }

    /** @throws IllegalArgumentException naming the first two edges (by starting vertex) that meet */
    static void requireSimple(List<GeoPoint> v) {
        int n = v.size();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (edgesMeet(v, i, j)) {
                    throw new IllegalArgumentException("ring intersects itself: edge " + i + " meets edge " + j);
                }
            }
        }
        if (planarArea(v) == 0) {
            throw new IllegalArgumentException("ring encloses no area");
        }
    }

    /** The enclosed area in square degrees (shoelace formula), always non-negative. */
    static double planarArea(List<GeoPoint> v) {
        double twice = 0;
        for (int i = 0, j = v.size() - 1; i < v.size(); j = i++) {
            twice += (v.get(j).lng() * v.get(i).lat()) - (v.get(i).lng() * v.get(j).lat());
        }
        return Math.abs(twice) / 2;
    }

    private static boolean edgesMeet(List<GeoPoint> v, int i, int j) {
        int n = v.size();
        GeoPoint a = v.get(i);
        GeoPoint b = v.get((i + 1) % n);
        GeoPoint c = v.get(j);
        GeoPoint d = v.get((j + 1) % n);
        if (j == i + 1) {
            return foldsBack(a, b, d);
        }
        if (i == 0 && j == n - 1) {
            return foldsBack(c, a, b);
        }
        return Segments.intersect(a, b, c, d);
    }

    /** Neighbouring edges p→q and q→r overlap when r turns straight back along p→q (a zero-width spike). */
    private static boolean foldsBack(GeoPoint p, GeoPoint q, GeoPoint r) {
        return Segments.cross(p, q, r) == 0 && (Segments.onSegment(p, q, r, 0) || Segments.onSegment(q, r, p, 0));
    }
}
