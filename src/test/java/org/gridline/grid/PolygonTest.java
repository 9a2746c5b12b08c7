package org.gridline.grid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.gridline.grid.GeoFixtures.at;
import static org.gridline.grid.GeoFixtures.points;
import static org.gridline.grid.GeoFixtures.polygon;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolygonTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not closed              | 0 0; 1 0; 1 1; 0 1                | not closed
            two vertices            | 0 0; 1 0; 0 0                     | 3 distinct vertices
            empty                   | 0 0                               | 3 distinct vertices
            repeated vertex         | 0 0; 1 0; 1 1; 1 0; 0 1; 0 0       | vertex 3 repeats vertex 1
            bow tie                 | 0 0; 1 1; 1 0; 0 1; 0 0            | intersects itself
            all on one line         | 0 0; 1 0; 2 0; 0 0                 | intersects itself
            spike back along edge   | 0 0; 2 0; 1 0; 1 1; 0 0            | intersects itself
            vertex touches an edge  | 0 0; 2 0; 2 2; 1 0; 0 2; 0 0       | intersects itself
            edges overlap           | 0 0; 3 0; 3 1; 2 1; 2 0; 1 0; 1 2; 0 2; 0 0 | intersects itself
            """)
    void rejectsBadRings(String what, String ring, String message) {
        List<GeoPoint> points = points(ring);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Polygon.of(points));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @ParameterizedTest(name = "U-shape: ({0}, {1}) {2}")
    @CsvSource({
            "0.5,  0.5,  inside",
            "1.5,  0.5,  inside",
            "2.5,  2.5,  inside",
            "0.5,  2.9,  inside",
            "0.5,  1,    inside",
            "2.5,  1,    inside",
            "1.5,  2,    outside",
            "1.5,  3,    outside",
            "1.5,  1.01, outside",
            "1.5,  0.99, inside",
            "1.5,  1,    boundary",
            "1,    2,    boundary",
            "3,    1.5,  boundary",
            "0,    0,    boundary",
            "2,    3,    boundary",
            "1,    1,    boundary",
            "4,    1,    outside",
            "-1,   1,    outside",
            "-1,   0,    outside",
            "3.5,  0,    outside",
            "1.5,  -0.01, outside",
            "-0.00001, 1, outside"})
    void containsWithRayCastingOnAConcaveRing(double x, double y, String where) {
        assertEquals(!"outside".equals(where), polygon(GeoFixtures.U_SHAPE).contains(at(x, y)));
    }

    @Test
    void countsAPointOnADiagonalEdgeAsInside() {
        Polygon triangle = polygon("0 0; 4 0; 0 3; 0 0");
        GeoPoint a = at(4, 0);
        GeoPoint b = at(0, 3);
        GeoPoint middle = new GeoPoint((a.lat() + b.lat()) / 2, (a.lng() + b.lng()) / 2);
        assertTrue(triangle.contains(middle));
    }

    @Test
    void acceptsEitherWinding() {
        Polygon clockwise = polygon("0 0; 0 1; 1 1; 1 0; 0 0");
        assertTrue(clockwise.contains(at(0.5, 0.5)));
        assertEquals(clockwise.areaSquareMeters(), polygon("0 0; 1 0; 1 1; 0 1; 0 0").areaSquareMeters(), 1e-6);
    }

    @Test
    void approximatesAreaFromSideLengths() {
        Polygon square = GeoFixtures.square(0, 0, 1);
        double expected = at(0, 0).distanceMeters(at(1, 0)) * at(0, 0).distanceMeters(at(0, 1));
        assertEquals(expected, square.areaSquareMeters(), expected * 0.001);
        assertEquals(expected * 7, polygon(GeoFixtures.U_SHAPE).areaSquareMeters(), expected * 0.007);
    }

    @Test
    void boundsItsVertices() {
        BoundingBox box = polygon(GeoFixtures.U_SHAPE).bbox();
        assertEquals(at(0, 0).lat(), box.minLat());
        assertEquals(at(3, 3).lng(), box.maxLng());
        assertEquals(8, polygon(GeoFixtures.U_SHAPE).vertices().size());
    }
}
