package org.gridline.grid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeoPointTest {

    @ParameterizedTest(name = "({0}, {1}) is rejected")
    @CsvSource({"90.0001, 0", "-90.0001, 0", "0, 180.0001", "0, -180.0001", "NaN, 0", "0, NaN", "Infinity, 0"})
    void rejectsOutOfRange(double lat, double lng) {
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(lat, lng));
    }

    @Test
    void acceptsTheEdgesOfTheRange() {
        assertEquals(-90, new GeoPoint(-90, 180).lat());
    }

    @Test
    void readsGeoJsonOrder() {
        assertEquals(new GeoPoint(22.58, 113.08), GeoPoint.ofLngLat(113.08, 22.58));
    }

    @ParameterizedTest(name = "{0},{1} → {2},{3} ≈ {4} m")
    @CsvSource({
            "22.58, 113.08, 22.58,   113.08,   0",
            "22.58, 113.08, 23.58,   113.08,   111195.08",
            "22.58, 113.08, 22.5809, 113.08,   100.08",
            "0,     0,      0,       1,        111195.08",
            "0,     179.5,  0,       -179.5,   111195.08"})
    void measuresGreatCircleDistance(double lat1, double lng1, double lat2, double lng2, double meters) {
        GeoPoint a = new GeoPoint(lat1, lng1);
        GeoPoint b = new GeoPoint(lat2, lng2);
        assertEquals(meters, a.distanceMeters(b), 0.05);
        assertEquals(a.distanceMeters(b), b.distanceMeters(a), 1e-9);
    }

    @Test
    void separatesTheDuplicateRadius() {
        GeoPoint report = new GeoPoint(22.58, 113.08);
        assertTrue(report.distanceMeters(new GeoPoint(22.5808, 113.08)) < 100);
        assertTrue(report.distanceMeters(new GeoPoint(22.5810, 113.08)) > 100);
    }
}
