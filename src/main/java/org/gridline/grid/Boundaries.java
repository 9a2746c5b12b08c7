package org.gridline.grid;

import java.util.ArrayList;
import java.util.List;

/**
 * A grid outline as the API and the database carry it: a closed ring of [lng, lat] pairs (GeoJSON order), at most
 * {@link #MAX_POINTS} points. {@link #polygon} says in plain words what is wrong with a bad one.
 */
public final class Boundaries {
    static final int MAX_POINTS = 1000;

    private Boundaries() {
    }

    /** @throws IllegalArgumentException with a message fit for the person who drew the outline */
    public static Polygon polygon(List<List<Double>> ring) {
        if (ring == null || ring.isEmpty()) {
            throw new IllegalArgumentException("boundary is missing: give a closed ring of [lng, lat] points");
        }
        if (ring.size() > MAX_POINTS) {
            throw new IllegalArgumentException("boundary has " + ring.size() + " points; at most " + MAX_POINTS);
        }
        List<GeoPoint> points = new ArrayList<>(ring.size());
        for (int i = 0; i < ring.size(); i++) {
            points.add(point(ring.get(i), i));
        }
        try {
            return Polygon.of(points);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("boundary is not a usable outline: " + e.getMessage());
        }
    }

    private static GeoPoint point(List<Double> pair, int index) {
        if (pair == null || pair.size() != 2 || pair.get(0) == null || pair.get(1) == null) {
            throw new IllegalArgumentException("boundary point " + index + " must be [lng, lat]");
        }
        try {
            return GeoPoint.ofLngLat(pair.get(0), pair.get(1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("boundary point " + index + ": " + e.getMessage());
        }
    }
}
